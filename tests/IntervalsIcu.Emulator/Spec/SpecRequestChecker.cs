using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// Checks a request against its operation as Spring would bind it: path values of their type, every
/// required query parameter present and of its type (422 with Spring's messages, api-facts §3), a JSON
/// body that parses and fits the request schema, or a multipart upload with a part named <c>file</c>
/// (400, Spring's default body; 422 for the upload). Null when the request is well formed.
/// </summary>
internal sealed class SpecRequestChecker(SpecDocument spec)
{
    public async Task<IResult?> CheckAsync(HttpRequest request, SpecOperation operation, Match match)
    {
        foreach (var parameter in operation.Parameters)
        {
            var problem = parameter.InPath ? CheckPath(parameter, match) : CheckQuery(request, parameter);
            if (problem is not null)
            {
                return problem;
            }
        }

        return operation.Body switch
        {
            SpecBodyKind.Json => await CheckJsonBodyAsync(request, operation),
            SpecBodyKind.Multipart => await CheckMultipartAsync(request),
            _ => null,
        };
    }

    private static IResult? CheckPath(SpecParameter parameter, Match match)
    {
        var value = Uri.UnescapeDataString(match.Groups[parameter.Name].Value);
        if (value.Length == 0)
        {
            return parameter.Required ? new SpringErrorResult(StatusCodes.Status404NotFound) : null;
        }

        var items = parameter.Type == "array" ? value.Split(',') : [value];
        var itemType = parameter.Type == "array" ? TypeOf(parameter.Items) : parameter.Type;
        return items.FirstOrDefault(item => !Fits(item, itemType)) is { } wrong ? Mismatch(parameter, wrong) : null;
    }

    private static IResult? CheckQuery(HttpRequest request, SpecParameter parameter)
    {
        var values = request.Query[parameter.Name]
            .SelectMany(v => parameter.Type == "array" ? (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries) : [v ?? string.Empty])
            .Where(v => v.Length > 0)
            .ToList();
        if (values.Count == 0)
        {
            return parameter.Required
                ? JsonNodeResult.ApiError(
                    StatusCodes.Status422UnprocessableEntity,
                    $"Required request parameter '{parameter.Name}' for method parameter type {parameter.JavaType} is not present")
                : null;
        }

        var itemType = parameter.Type == "array" ? TypeOf(parameter.Items) : parameter.Type;
        return values.FirstOrDefault(value => !Fits(value, itemType)) is { } wrong ? Mismatch(parameter, wrong) : null;
    }

    private async Task<IResult?> CheckJsonBodyAsync(HttpRequest request, SpecOperation operation)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            // "Required request body is missing": Spring's 400.
            return operation.BodyRequired ? new SpringErrorResult(StatusCodes.Status400BadRequest) : null;
        }

        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new SpringErrorResult(StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            using var body = JsonDocument.Parse(text);
            return operation.BodySchema is { } schema && spec.Validator.Validate(body.RootElement, schema).Count > 0
                ? new SpringErrorResult(StatusCodes.Status400BadRequest)
                : null;
        }
        catch (JsonException)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult?> CheckMultipartAsync(HttpRequest request)
    {
        // The messages and the 422 of the hand-written upload route (ActivityEndpoints).
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, "Current request is not a multipart request");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return form.Files.GetFile("file") is { Length: > 0 }
            ? null
            : JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, "Required part 'file' is not present.");
    }

    private static string? TypeOf(JsonElement? schema) =>
        schema is { } s && s.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static bool Fits(string value, string? type) =>
        type switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "boolean" => value.ToLowerInvariant() is "true" or "false" or "1" or "0" or "yes" or "no" or "on" or "off",
            _ => true,
        };

    /// <summary>Spring's type-mismatch message, answered 422 as the emulator does for its own routes (inference, see README).</summary>
    private static JsonNodeResult Mismatch(SpecParameter parameter, string value) =>
        JsonNodeResult.ApiError(
            StatusCodes.Status422UnprocessableEntity,
            $"Failed to convert value of type 'java.lang.String' to required type '{parameter.JavaType}'; For input string: \"{value}\"");
}
