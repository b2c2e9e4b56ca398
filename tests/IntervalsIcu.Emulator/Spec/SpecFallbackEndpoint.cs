using System.Text;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Endpoints;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// Every operation of the spec that no hand-written route implements: one catch-all endpoint under
/// <c>/api/v1</c> with the lowest precedence, so hand-written routes always win. It finds the spec
/// operation as Spring would (404 for no path, 405 for a wrong method), applies the athlete rule of
/// the path, checks the request against the spec (<see cref="SpecRequestChecker"/>), and answers an
/// example built from the response schema; <c>.csv</c> suffixes answer CSV, downloads a few bytes.
/// </summary>
internal static class SpecFallbackEndpoint
{
    /// <summary>Operations that take an OAuth token only: "401 if token missing/invalid" (spec, disconnect-app).</summary>
    private static readonly string[] BearerOnlyOperations = ["disconnectApp"];

    public static void MapSpecFallback(this IEndpointRouteBuilder routes)
    {
        if (SpecDocument.Load() is not { } spec)
        {
            // Without the document there is nothing to check against: unknown routes stay 404.
            return;
        }

        var checker = new SpecRequestChecker(spec);
        var handWritten = routes.DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => Shape(endpoint.RoutePattern.RawText ?? string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        var fallback = routes.MapGroup(string.Empty).WithMetadata(new IntervalsApiEndpointMetadata());
        fallback.Map(ApiRoutes.Prefix + "/{**rest}", context => AnswerAsync(context, spec, checker)).WithDisplayName("spec fallback");

        // A hand-written "/activities/{ids}" would shadow the spec's "/activities/interval-search" from the
        // catch-all; a route of its own restores Spring's rule that the literal wins. Templates with a glued
        // suffix ("wellness{ext}") cannot be routes and stay with the catch-all, as do hand-written paths.
        // No method metadata: the handler answers 405 itself, and the route list of hand-written routes stays as it is.
        foreach (var template in spec.Operations.Select(operation => operation.Template).Distinct())
        {
            if (!template.Split('/').Any(segment => segment.Contains('{', StringComparison.Ordinal) && !segment.StartsWith('{'))
                && !handWritten.Contains(Shape(template)))
            {
                fallback.Map(template, context => AnswerAsync(context, spec, checker)).WithDisplayName("spec fallback " + template);
            }
        }
    }

    /// <summary>A route template with its parameter names dropped, so "/a/{id}" and "/a/{athleteId}" compare equal.</summary>
    private static string Shape(string template) =>
        System.Text.RegularExpressions.Regex.Replace("/" + template.Trim('/'), @"\{[^}]*\}", "{}");

    private static async Task AnswerAsync(HttpContext context, SpecDocument spec, SpecRequestChecker checker)
    {
        var path = context.Request.Path.Value ?? "/";
        var matches = spec.Operations.Select(operation => (Operation: operation, Match: operation.MatchPath(path))).Where(x => x.Match.Success).ToList();
        if (matches.Count == 0)
        {
            await JsonResponseWriter.WriteSpringErrorAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        var (operation, match) = matches.FirstOrDefault(x => x.Operation.Method == context.Request.Method);
        if (operation is null)
        {
            context.Response.Headers.Allow = string.Join(", ", matches.Select(x => x.Operation.Method).Distinct());
            await JsonResponseWriter.WriteSpringErrorAsync(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var caller = context.GetCaller();
        if (BearerOnlyOperations.Contains(operation.OperationId) && caller.Kind != CredentialKind.AccessToken)
        {
            await JsonResponseWriter.WriteApiErrorAsync(context, StatusCodes.Status401Unauthorized, ApiErrorBody.Unauthorized);
            return;
        }

        if (operation.AthleteParameter is { } athleteParameter
            && context.RequestServices.GetRequiredService<AthleteAccessPolicy>().Resolve(Uri.UnescapeDataString(match!.Groups[athleteParameter].Value), caller) is null)
        {
            await JsonResponseWriter.WriteApiErrorAsync(context, StatusCodes.Status403Forbidden, ApiErrorBody.AccessDenied);
            return;
        }

        if (await checker.CheckAsync(context.Request, operation, match!) is { } problem)
        {
            await problem.ExecuteAsync(context);
            return;
        }

        await WriteExampleAsync(context, spec, operation, match!);
    }

    private static async Task WriteExampleAsync(HttpContext context, SpecDocument spec, SpecOperation operation, System.Text.RegularExpressions.Match match)
    {
        var csv = operation.Template.EndsWith(".csv", StringComparison.Ordinal)
            || operation.Parameters.Any(p => p.InPath && match.Groups[p.Name].Value == ".csv");
        // "/activities.csv" declares no schema: its columns are those of its JSON twin "/activities".
        var schema = operation.ResponseSchema
            ?? (csv ? spec.Operations.FirstOrDefault(o => o.Method == operation.Method && o.Template + ".csv" == operation.Template)?.ResponseSchema : null);
        var example = schema is { } found ? new SpecExampleBuilder(spec.Root).Build(found) : null;
        if (csv)
        {
            await WriteAsync(context, operation.SuccessStatus, "text/csv", Csv(example));
        }
        else if (example is not null)
        {
            await JsonResponseWriter.WriteAsync(context, operation.SuccessStatus, example);
        }
        else if (operation.OperationId.StartsWith("download", StringComparison.Ordinal) || operation.Template.EndsWith("file", StringComparison.Ordinal))
        {
            await WriteAsync(context, operation.SuccessStatus, "application/octet-stream", "example file of " + operation.OperationId);
        }
        else
        {
            context.Response.StatusCode = operation.SuccessStatus;
        }
    }

    /// <summary>A header of the item's property names and one row of its values (the guessed shape of the server's CSV).</summary>
    private static string Csv(JsonNode? example)
    {
        var row = (example as JsonArray)?.FirstOrDefault() as JsonObject ?? example as JsonObject ?? [];
        var scalars = row.Where(p => p.Value is JsonValue).ToList();
        return string.Join(",", scalars.Select(p => p.Key)) + "\n" + string.Join(",", scalars.Select(p => p.Value!.ToString())) + "\n";
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
