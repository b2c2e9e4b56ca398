using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// Dates are typed (the athlete's days and wall clock as DateTime of kind Unspecified, instants as
/// DateTimeOffset), written back in the API's own text, and written to cells in one ISO 8601 form.
/// </summary>
public sealed class TypedDateTests
{
    [Fact]
    public void LocalDates_ReadAsUnspecifiedDateTimes_AndWriteBackTheApiText()
    {
        const string json = """
            {"id":1,"start_date_local":"2026-11-27T00:00:00","end_date_local":"2026-11-29T07:05:09","updated":"2026-11-27T09:40:07.123+00:00"}
            """;

        var calendarEvent = JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuEvent)!;
        var written = JsonSerializer.Serialize(calendarEvent, IcuModelJsonContext.Default.IcuEvent);

        Assert.Equal(new DateTime(2026, 11, 29, 7, 5, 9), calendarEvent.EndDateLocal);
        Assert.Equal(DateTimeKind.Unspecified, calendarEvent.StartDateLocal!.Value.Kind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void WellnessId_IsADay_AndWritesBackAsYyyyMmDd()
    {
        var day = JsonSerializer.Deserialize("""{"id":"2026-11-27","weight":71.5}""", IcuModelJsonContext.Default.IcuWellness)!;

        Assert.Equal(new DateTime(2026, 11, 27), day.Id);
        Assert.Equal("""{"id":"2026-11-27","weight":71.5}""", JsonSerializer.Serialize(day, IcuModelJsonContext.Default.IcuWellness));
    }

    [Fact]
    public void ActivityStartDate_IsTheUtcInstant_AndStartDateLocalTheWallClock()
    {
        var activity = JsonSerializer.Deserialize(
            """{"id":"i1","start_date_local":"2026-11-27T10:40:07","start_date":"2026-11-27T09:40:07Z"}""",
            IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 40, 7, TimeSpan.Zero), activity.StartDate);
        Assert.Equal(new DateTime(2026, 11, 27, 10, 40, 7), activity.StartDateLocal);
        Assert.True(activity.StartDateLocal > new DateTime(2026, 11, 20), "a local date compares with a DateTime");
    }

    [Fact]
    public void LocalDateTime_WithAnOffset_KeepsTheWallClockItNames()
    {
        var activity = JsonSerializer.Deserialize("""{"start_date_local":"2026-11-27T10:40:07+01:00"}""", IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal(new DateTime(2026, 11, 27, 10, 40, 7), activity.StartDateLocal);
    }

    [Fact]
    public void LocalDate_ThatIsNoDate_FailsWithTheTextInTheMessage()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"27.11.2026"}""", IcuModelJsonContext.Default.IcuWellness));

        Assert.Contains("27.11.2026", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    [InlineData("ja-JP")]
    public void DateCells_AreIso8601_WhateverTheCulture(string culture)
    {
        var activity = JsonSerializer.Deserialize(
            """{"id":"i1","start_date_local":"2026-11-27T10:40:07","created":"2026-11-27T09:40:07.123+00:00"}""",
            IcuModelJsonContext.Default.IcuActivity)!;
        var day = JsonSerializer.Deserialize("""{"id":"2026-11-27"}""", IcuModelJsonContext.Default.IcuWellness)!;

        var cells = WithCulture(culture, () =>
            DateCells.Of(typeof(IcuActivity)).Concat(DateCells.Of(typeof(IcuWellness)))
                .Select(date => (date.Property.Name, Value: date.Property.GetValue(date.Property.DeclaringType == typeof(IcuWellness) ? day : activity), date.Format))
                .Where(cell => cell.Value is not null)
                .ToDictionary(cell => cell.Name, cell => DateCells.Text(cell.Value!, cell.Format)));

        Assert.Equal("2026-11-27T10:40:07", cells[nameof(IcuActivity.StartDateLocal)]);
        Assert.Equal("2026-11-27T09:40:07.123+00:00", cells[nameof(IcuActivity.Created)]);
        Assert.Equal("2026-11-27", cells[nameof(IcuWellness.Id)]);
    }

    internal static T WithCulture<T>(string culture, Func<T> work)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
