using System.Globalization;
using System.Net.Http.Headers;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Requests;

/// <summary>
/// Checks a request against the operation table and builds it, before anything is sent: the operation
/// exists, every required path and query parameter has a value of its type, the body is JSON (or the
/// file exists), and a file answer has somewhere to go. Each problem is an <see cref="IcuRequestException"/>.
/// </summary>
public static class IcuRequestPreparer
{
    /// <param name="sessionAthleteId">The athlete of the session, for the athlete path parameter.</param>
    public static IcuPreparedRequest Prepare(IcuRequestInput input, string sessionAthleteId, IIcuLog log)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(log);
        var (operation, pathValues) = input.OperationId is { } operationId
            ? (IcuOperationTable.Find(operationId), new Dictionary<string, string>(StringComparer.Ordinal))
            : OperationPathMatcher.Match(input.Method ?? "GET", input.Path ?? string.Empty);

        var path = BuildPath(operation, input, pathValues, sessionAthleteId, log);
        var query = BuildQuery(operation, input with { Query = WithPathQuery(input) }, log);
        var content = BuildContent(operation, input);
        if (operation.Response == IcuResponseKind.Binary && string.IsNullOrEmpty(input.OutFile))
        {
            throw IcuRequestException.OutFileRequired(operation);
        }

        var request = new IcuRequest(new HttpMethod(operation.Method), "/api/v1" + path) { Query = query, Content = content };
        log.Verbose(string.Format(CultureInfo.InvariantCulture, RequestMessages.LogResolved, operation.OperationId, operation.Method, request.PathAndQuery));
        return new IcuPreparedRequest(operation, request, input.OutFile);
    }

    private static string BuildPath(IcuOperation operation, IcuRequestInput input, Dictionary<string, string> pathValues, string sessionAthleteId, IIcuLog log)
    {
        var given = new Dictionary<string, object?>(input.PathParameters, StringComparer.OrdinalIgnoreCase);
        foreach (var name in given.Keys.Where(name => !operation.PathParameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))))
        {
            log.Warning(string.Format(CultureInfo.InvariantCulture, RequestMessages.LogUnknownPathParameter, operation.OperationId, name));
        }

        var path = operation.PathTemplate;
        foreach (var parameter in operation.PathParameters)
        {
            string text;
            if (given.TryGetValue(parameter.Name, out var value) && value is not null)
            {
                text = string.Join(",", RequestValueText.Items(value));
            }
            else if (pathValues.TryGetValue(parameter.Name, out var fromPath))
            {
                text = fromPath;
            }
            else if (parameter.Name == operation.AthleteParameter)
            {
                text = input.AthleteId is { } athleteId ? AthleteId.Check(athleteId).GetValueOrThrow() : sessionAthleteId;
            }
            else if (parameter.IsPathSuffix)
            {
                text = string.Empty;
            }
            else
            {
                throw IcuRequestException.ParameterMissing(operation, parameter);
            }

            if (parameter.IsPathSuffix && text.Length > 0 && text[0] != '.')
            {
                // "csv" means ".csv": the suffix is glued to the literal before it.
                text = "." + text;
            }

            if (text.Length == 0 && !parameter.IsPathSuffix)
            {
                throw IcuRequestException.ParameterMissing(operation, parameter);
            }

            CheckType(operation, parameter, text);
            var escaped = parameter.IsPathSuffix ? Uri.EscapeDataString(text) : string.Join(",", text.Split(',').Select(Uri.EscapeDataString));
            path = path.Replace("{" + parameter.Name + "}", escaped, StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>A query string written into -Path joins -Query (whose values win), rather than being dropped.</summary>
    private static IReadOnlyDictionary<string, object?> WithPathQuery(IcuRequestInput input)
    {
        var start = input.Path?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return input.Query;
        }

        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in input.Path![(start + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            merged[name] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }

        foreach (var (name, value) in input.Query)
        {
            merged[name] = value;
        }

        return merged;
    }

    private static List<KeyValuePair<string, string>> BuildQuery(IcuOperation operation, IcuRequestInput input, IIcuLog log)
    {
        var query = new List<KeyValuePair<string, string>>();
        var given = new Dictionary<string, object?>(input.Query, StringComparer.Ordinal);
        foreach (var parameter in operation.QueryParameters)
        {
            // Spring binds query names case-sensitively; accept the user's case and send the spec's.
            var key = given.Keys.FirstOrDefault(k => k.Equals(parameter.Name, StringComparison.Ordinal))
                ?? given.Keys.FirstOrDefault(k => k.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (key is null || given[key] is null)
            {
                if (parameter.Required)
                {
                    throw IcuRequestException.ParameterMissing(operation, parameter);
                }

                if (key is not null)
                {
                    given.Remove(key);
                }

                continue;
            }

            var items = RequestValueText.Items(given[key]);
            given.Remove(key);
            if (items.Count == 0 && parameter.Required)
            {
                throw IcuRequestException.ParameterMissing(operation, parameter);
            }

            var text = string.Join(",", items);
            CheckType(operation, parameter, text);
            query.Add(KeyValuePair.Create(parameter.Name, parameter.Type == IcuParameterType.Boolean ? text.ToLowerInvariant() : text));
        }

        foreach (var (name, value) in given)
        {
            log.Warning(string.Format(CultureInfo.InvariantCulture, RequestMessages.LogUnknownQueryParameter, operation.OperationId, name));
            query.Add(KeyValuePair.Create(name, string.Join(",", RequestValueText.Items(value))));
        }

        return query;
    }

    private static void CheckType(IcuOperation operation, IcuOperationParameter parameter, string text)
    {
        var itemType = parameter.Type == IcuParameterType.Array ? parameter.ItemType ?? IcuParameterType.String : parameter.Type;
        var items = parameter.Type == IcuParameterType.Array ? text.Split(',') : [text];
        foreach (var item in items.Where(item => !RequestValueText.Fits(item.Trim(), itemType)))
        {
            throw IcuRequestException.ParameterInvalid(operation, parameter, item);
        }
    }

    private static Func<HttpContent>? BuildContent(IcuOperation operation, IcuRequestInput input)
    {
        if (input.InFile is { } inFile)
        {
            if (operation.Body != IcuBodyKind.Multipart)
            {
                throw IcuRequestException.BodyNotAccepted(operation, file: true);
            }

            var fullPath = Path.GetFullPath(inFile);
            if (!File.Exists(fullPath))
            {
                throw IcuRequestException.InFileNotFound(fullPath);
            }

            return () => ActivityUploader.FileContent(fullPath);
        }

        if (input.Body is null)
        {
            return operation.BodyRequired ? throw IcuRequestException.BodyMissing(operation) : null;
        }

        if (operation.Body != IcuBodyKind.Json)
        {
            throw IcuRequestException.BodyNotAccepted(operation, file: false);
        }

        var bytes = RequestBody.ToUtf8(input.Body, out var notJson);
        if (notJson is not null)
        {
            throw IcuRequestException.BodyInvalid(operation, notJson, null);
        }

        return () => new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
    }
}
