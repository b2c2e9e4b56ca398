using System.Diagnostics.CodeAnalysis;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Reads <c>oldest</c>/<c>newest</c> query values and answers the server's 422s for bad ones.</summary>
internal static class DateWindowQuery
{
    /// <summary>Spring's message for a missing required parameter, sent with 422 (api-facts §3; hhopke #102).</summary>
    public static JsonNodeResult MissingParameter(string name, string javaType = "String") =>
        JsonNodeResult.ApiError(
            StatusCodes.Status422UnprocessableEntity,
            $"Required request parameter '{name}' for method parameter type {javaType} is not present");

    /// <summary>
    /// Parses a local date or date-time. A date alone as an upper bound means the end of that day (both
    /// bounds are inclusive, api-facts §4).
    /// </summary>
    public static bool TryParseBound(string text, bool isUpperBound, out DateTime value, [NotNullWhen(false)] out JsonNodeResult? error)
    {
        if (!LocalDateTimeText.TryParse(text, out value, out var hasTime))
        {
            // Inference: the shape of java.time's DateTimeParseException; the real index is not computed.
            error = JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, $"Text '{text}' could not be parsed at index 0");
            return false;
        }

        if (isUpperBound && !hasTime)
        {
            value = value.AddDays(1).AddTicks(-1);
        }

        error = null;
        return true;
    }
}
