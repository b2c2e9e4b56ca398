using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Reads the optional fields of an input row into a request body, for every row parser (calendar events,
/// library workouts): a blank value sends nothing, a value that cannot be read is a problem of the row
/// named with its label, and the row's athlete is checked.
/// </summary>
internal static class RowFields
{
    public static void AddText(JsonObject body, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            body[field] = value.Trim();
        }
    }

    public static void ReadInt(JsonObject body, List<string> problems, string field, string label, object? value)
    {
        if (ValueReader.IsBlank(value))
        {
            return;
        }

        if (ValueReader.TryInt(value, out var number))
        {
            body[field] = number;
        }
        else
        {
            problems.Add(Format(EventMessages.InvalidNumber, label, value));
        }
    }

    public static void ReadBool(JsonObject body, List<string> problems, string field, string label, object? value)
    {
        if (ValueReader.IsBlank(value))
        {
            return;
        }

        if (ValueReader.TryBool(value, out var flag))
        {
            body[field] = flag;
        }
        else
        {
            problems.Add(Format(EventMessages.InvalidBoolean, label, value));
        }
    }

    /// <summary>The row's athlete (checked), or <paramref name="defaultAthleteId"/> when the row names none.</summary>
    public static string ReadAthleteId(List<string> problems, string? rowAthleteId, string defaultAthleteId)
    {
        if (string.IsNullOrWhiteSpace(rowAthleteId))
        {
            return defaultAthleteId;
        }

        var checkedId = Input.AthleteId.Check(rowAthleteId);
        if (checkedId.Problem is { } problem)
        {
            problems.Add(problem.Message);
            return defaultAthleteId;
        }

        return checkedId.Value!;
    }

    /// <summary>A message with the row's values written culture-invariantly, as they were read.</summary>
    public static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)).ToArray<object?>());
}
