using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// One operation of the spec, read the way the real server behaves where the document is wrong
/// (reference README): uploads declared as JSON take multipart; <c>{ext}</c>/<c>{format}</c> suffixes
/// may be empty; the flags the server defaults are optional.
/// </summary>
internal sealed partial class SpecOperation
{
    /// <summary>
    /// Query flags the spec marks required that the server defaults (api-facts §5.2, §5.4, §5.6, §7.6;
    /// observed by jcurbelo's and 0x3639's clients).
    /// </summary>
    private static readonly string[] ServerDefaultedFlags = ["upsertOnUid", "updatePlanApplied", "recalcHrZones", "reset", "snoozeDays", "f1", "f2", "f3"];

    private readonly Regex pattern;

    public SpecOperation(string method, string template, JsonElement operation)
    {
        Method = method;
        Template = template;
        OperationId = operation.GetProperty("operationId").GetString()!;
        pattern = ToRegex(template, out var literals);
        Literals = literals;
        var parameters = new List<SpecParameter>();
        if (operation.TryGetProperty("parameters", out var declared))
        {
            foreach (var parameter in declared.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                var inPath = parameter.GetProperty("in").GetString() == "path";
                var required = parameter.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True
                    && !(inPath && IsSuffix(template, name))
                    && !(!inPath && ServerDefaultedFlags.Contains(name, StringComparer.Ordinal));
                parameters.Add(new SpecParameter(name, inPath, required, parameter.GetProperty("schema").Clone()));
            }
        }

        Parameters = parameters;
        AthleteParameter = AthleteSegment().Match(template) is { Success: true } athlete ? athlete.Groups["name"].Value : null;
        ReadBody(operation);
        ReadResponse(operation);
    }

    public string Method { get; }

    /// <summary>The spec's path, <c>/api/v1/...</c>.</summary>
    public string Template { get; }

    public string OperationId { get; }

    /// <summary>Characters outside placeholders: the most literal template wins, as in Spring.</summary>
    public int Literals { get; }

    public IReadOnlyList<SpecParameter> Parameters { get; }

    public string? AthleteParameter { get; }

    public SpecBodyKind Body { get; private set; }

    public bool BodyRequired { get; private set; }

    public JsonElement? BodySchema { get; private set; }

    public int SuccessStatus { get; private set; } = StatusCodes.Status200OK;

    public JsonElement? ResponseSchema { get; private set; }

    public Match MatchPath(string path) => pattern.Match(path);

    private void ReadBody(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return;
        }

        var content = body.GetProperty("content");
        foreach (var media in content.EnumerateObject())
        {
            if (media.Value.TryGetProperty("schema", out var schema))
            {
                BodySchema = schema.Clone();
            }
        }

        var declaredMultipart = content.EnumerateObject().Any(media => media.Name.StartsWith("multipart/", StringComparison.Ordinal));
        var binaryFile = BodySchema is { } s && s.TryGetProperty("properties", out var properties)
            && properties.EnumerateObject().Any(p => p.Value.TryGetProperty("format", out var format) && format.GetString() == "binary");
        Body = declaredMultipart || binaryFile ? SpecBodyKind.Multipart : SpecBodyKind.Json;
        BodyRequired = Body == SpecBodyKind.Multipart || (body.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True);
    }

    private void ReadResponse(JsonElement operation)
    {
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
        {
            if (!int.TryParse(response.Name, out var status) || status is < 200 or > 299)
            {
                continue;
            }

            SuccessStatus = status;
            if (response.Value.TryGetProperty("content", out var content))
            {
                foreach (var media in content.EnumerateObject())
                {
                    if (media.Value.TryGetProperty("schema", out var schema))
                    {
                        ResponseSchema = schema.Clone();
                    }
                }
            }

            return;
        }
    }

    private static bool IsSuffix(string template, string name) =>
        template.Split('/').Any(segment => segment.EndsWith("{" + name + "}", StringComparison.Ordinal) && segment.Length > name.Length + 2);

    private static Regex ToRegex(string template, out int literals)
    {
        var builder = new StringBuilder("^");
        var position = 0;
        literals = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            var literal = template[position..placeholder.Index];
            literals += literal.Length;
            builder.Append(Regex.Escape(literal));
            var wholeSegment = literal.EndsWith('/');
            builder.Append("(?<").Append(placeholder.Groups["name"].Value).Append(wholeSegment ? ">[^/]+)" : ">[^/]*)");
            position = placeholder.Index + placeholder.Length;
        }

        literals += template.Length - position;
        builder.Append(Regex.Escape(template[position..])).Append("/?$");
        return new Regex(builder.ToString(), RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{(?<name>[^}]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"/athlete/\{(?<name>[^}]+)\}")]
    private static partial Regex AthleteSegment();
}
