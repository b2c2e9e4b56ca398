using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Query parameter reads with Spring's binding rules and its 422 messages.</summary>
internal static class QueryParameters
{
    /// <summary>The first value, or null when the parameter is absent or empty.</summary>
    public static string? Text(HttpRequest request, string name)
    {
        var values = request.Query[name];
        return values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0];
    }

    /// <summary>A list parameter: Spring binds repeated keys and comma-joined values alike (api-facts §1).</summary>
    public static string[] List(HttpRequest request, string name) =>
        request.Query[name]
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();

    /// <summary>
    /// An optional int32. A value that is not one is answered 422 with Spring's type-mismatch message
    /// (inference: the server maps binding errors to 422, as it does for missing parameters).
    /// </summary>
    public static bool TryReadInt32(HttpRequest request, string name, out int? value, [NotNullWhen(false)] out JsonNodeResult? error)
    {
        value = null;
        error = null;
        var text = Text(request, name);
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        error = JsonNodeResult.ApiError(
            StatusCodes.Status422UnprocessableEntity,
            $"Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; For input string: \"{text}\"");
        return false;
    }
}
