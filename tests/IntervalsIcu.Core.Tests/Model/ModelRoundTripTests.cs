using System.Text.Json;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// The models against JSON shaped like the live server's, including what the spec does not say:
/// custom fields, fields newer than the spec, both timestamp offset spellings, nulls, and
/// <c>skyline_chart_bytes</c> sent as one string.
/// </summary>
public sealed class ModelRoundTripTests
{
    private const string Skyline = "CAcSAggBGgIIAiICCAMqAggEMgIIBToCCAZCAggH";

    private const string ActivityJson = $$"""
        {
          "id": "i123456789",
          "start_date_local": "2024-05-04T07:30:00",
          "start_date": "2024-05-04T05:30:00Z",
          "type": "Ride",
          "name": "Morning loop",
          "description": null,
          "distance": 42195.5,
          "moving_time": 5400,
          "elapsed_time": 5712,
          "icu_training_load": 87,
          "icu_weight": 72.5,
          "average_heartrate": 141,
          "max_heartrate": null,
          "timezone": null,
          "trainer": false,
          "created": "2024-05-04T09:12:33.123+0000",
          "icu_sync_date": "2024-05-04T09:12:35.456+00:00",
          "analyzed": null,
          "source": "SOME_FUTURE_SOURCE",
          "skyline_chart_bytes": "{{Skyline}}",
          "icu_zone_times": [ { "id": "Z1", "secs": 600 }, { "id": "SS", "secs": 1200 } ],
          "icu_hr_zone_times": [ 300, 2400, 1800, 600, 300, 0, 0 ],
          "pace_zones": [ 77.5, 87.7, 94.3 ],
          "gear": { "id": "b1234567", "name": "Road bike", "distance": 12345678.9, "primary": true },
          "icu_hrr": { "start_bpm": 170, "end_bpm": 128, "hrr": 42 },
          "icu_achievements": [],
          "attachments": null,
          "route_id": 9007199254740993,
          "p30s_exponent": 1.12,
          "tags": [ "commute", "gravel" ],
          "SWOLF": 38.5,
          "average_stance_time_percent": 33.1
        }
        """;

    [Fact]
    public void Activity_keeps_custom_and_unknown_fields_and_reads_both_offset_spellings()
    {
        var activity = JsonSerializer.Deserialize(ActivityJson, IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal("i123456789", activity.Id);
        Assert.Equal(new DateTime(2024, 5, 4, 7, 30, 0, DateTimeKind.Unspecified), activity.StartDateLocal);
        Assert.Equal(DateTimeKind.Unspecified, activity.StartDateLocal!.Value.Kind);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 5, 30, 0, TimeSpan.Zero), activity.StartDate);
        Assert.Equal(42195.5, activity.Distance);
        Assert.Equal(5400, activity.MovingTime);
        Assert.Equal(72.5, activity.IcuWeight);
        Assert.Null(activity.MaxHeartrate);
        Assert.Null(activity.Description);
        Assert.Null(activity.Analyzed);
        Assert.Null(activity.Attachments);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 9, 12, 33, 123, TimeSpan.Zero), activity.Created);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 9, 12, 35, 456, TimeSpan.Zero), activity.IcuSyncDate);
        Assert.Equal("SOME_FUTURE_SOURCE", activity.Source);
        Assert.Equal([Skyline], activity.SkylineChartBytes!);
        Assert.Equal(1200, activity.IcuZoneTimes![1].Secs);
        Assert.Equal([300, 2400, 1800, 600, 300, 0, 0], activity.IcuHrZoneTimes!);
        Assert.Equal("300;2400;1800;600;300;0;0", activity.IcuHrZoneTimes!.ToString());
        Assert.Equal("commute;gravel", activity.Tags!.ToString());
        Assert.Equal("""[{"id":"Z1","secs":600},{"id":"SS","secs":1200}]""", activity.IcuZoneTimes!.ToString());
        Assert.True(activity.Gear!.Primary);
        Assert.Equal(42, activity.IcuHrr!.Hrr);
        Assert.Empty(activity.IcuAchievements!);
        Assert.Equal(9007199254740993L, activity.RouteId);
        Assert.Equal(1.12, activity.P30sExponent);

        var custom = activity.GetCustomFields();
        Assert.Equal(2, custom.Count);
        Assert.Equal(38.5, custom["SWOLF"].GetDouble());
        Assert.Equal(33.1, custom["average_stance_time_percent"].GetDouble());
    }

    [Fact]
    public void Activity_survives_a_round_trip()
    {
        var first = JsonSerializer.Deserialize(ActivityJson, IcuModelJsonContext.Default.IcuActivity)!;
        var json = JsonSerializer.Serialize(first, IcuModelJsonContext.Default.IcuActivity);
        var second = JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuActivity)!;

        using var written = JsonDocument.Parse(json);
        Assert.Equal(38.5, written.RootElement.GetProperty("SWOLF").GetDouble());
        Assert.Equal(JsonValueKind.Array, written.RootElement.GetProperty("skyline_chart_bytes").ValueKind);
        Assert.Equal("2024-05-04T07:30:00", written.RootElement.GetProperty("start_date_local").GetString());
        Assert.False(written.RootElement.TryGetProperty("AdditionalProperties", out _));
        Assert.False(written.RootElement.TryGetProperty("max_heartrate", out _)); // nulls are not written

        Assert.Equal(first.Created, second.Created);
        Assert.Equal(first.IcuSyncDate, second.IcuSyncDate);
        Assert.Equal(first.StartDateLocal, second.StartDateLocal);
        Assert.Equal(first.SkylineChartBytes!, second.SkylineChartBytes!);
        Assert.Equal(first.IcuHrZoneTimes!, second.IcuHrZoneTimes!);
        Assert.Equal(first.PaceZones!, second.PaceZones!);
        Assert.Equal(first.Tags!, second.Tags!);
        Assert.Equal(first.RouteId, second.RouteId);
        Assert.Equal(first.IcuZoneTimes!.Select(z => (z.Id, z.Secs)), second.IcuZoneTimes!.Select(z => (z.Id, z.Secs)));
        Assert.Equal(38.5, second.GetCustomFields()["SWOLF"].GetDouble());
        Assert.Equal(33.1, second.GetCustomFields()["average_stance_time_percent"].GetDouble());
    }

    [Theory]
    [InlineData("""{"skyline_chart_bytes":["AAEC","AwQF"]}""", new[] { "AAEC", "AwQF" })]
    [InlineData("""{"skyline_chart_bytes":"AAEC"}""", new[] { "AAEC" })]
    [InlineData("""{"skyline_chart_bytes":""}""", new string[0])]
    [InlineData("""{"skyline_chart_bytes":[]}""", new string[0])]
    [InlineData("""{"skyline_chart_bytes":null}""", null)]
    [InlineData("""{}""", null)]
    public void Skyline_chart_bytes_is_read_as_a_string_or_an_array(string json, string[]? expected)
    {
        var activity = JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal(expected, activity.SkylineChartBytes?.ToArray());
    }

    [Fact]
    public void Skyline_chart_bytes_of_another_shape_is_a_json_error()
    {
        Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"skyline_chart_bytes":42}""", IcuModelJsonContext.Default.IcuActivity));
    }

    [Fact]
    public void Wellness_keeps_custom_wellness_fields()
    {
        const string json = """
            [
              {
                "id": "2024-05-04",
                "weight": 71.8,
                "restingHR": 48,
                "hrv": 62.5,
                "hrvSDNN": null,
                "sleepSecs": 27000,
                "spO2": 97.5,
                "menstrualPhase": null,
                "updated": "2024-05-04T06:01:02.000+0000",
                "sportInfo": [ { "type": "Ride", "eftp": 250.5, "wPrime": 18000, "pMax": 900 } ],
                "BodyBattery": 78,
                "MorningNote": "legs heavy",
                "GutFeeling": [ 1, 2 ]
              }
            ]
            """;

        var wellness = Assert.Single(JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuWellnessArray)!);

        Assert.Equal(new DateTime(2024, 5, 4), wellness.Id);
        Assert.Equal(71.8, wellness.Weight);
        Assert.Equal(48, wellness.RestingHR);
        Assert.Equal(62.5, wellness.Hrv);
        Assert.Null(wellness.HrvSDNN);
        Assert.Equal(97.5, wellness.SpO2);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 6, 1, 2, TimeSpan.Zero), wellness.Updated);
        Assert.Equal(250.5, Assert.Single(wellness.SportInfo!).Eftp);
        var custom = wellness.GetCustomFields();
        Assert.Equal(78, custom["BodyBattery"].GetInt32());
        Assert.Equal("legs heavy", custom["MorningNote"].GetString());
        Assert.Equal(JsonValueKind.Array, custom["GutFeeling"].ValueKind);

        var again = JsonSerializer.Deserialize(
            JsonSerializer.Serialize(wellness, IcuModelJsonContext.Default.IcuWellness),
            IcuModelJsonContext.Default.IcuWellness)!;
        Assert.Equal("legs heavy", again.GetCustomFields()["MorningNote"].GetString());
        Assert.Equal(new DateTime(2024, 5, 4), again.Id);
        Assert.Contains("\"id\":\"2024-05-04\"", JsonSerializer.Serialize(again, IcuModelJsonContext.Default.IcuWellness), StringComparison.Ordinal);
    }

    [Fact]
    public void Strava_stub_is_an_activity_with_its_note_kept()
    {
        const string json = """
            [
              {
                "id": "12345678901",
                "icu_athlete_id": "i12345",
                "start_date_local": "2024-05-03T18:00:00",
                "source": "STRAVA",
                "_note": "STRAVA activities are not available via the API"
              },
              { "id": "i987", "start_date_local": "2024-05-04T07:30:00", "source": "GARMIN_CONNECT", "distance": 1000.0 }
            ]
            """;

        var activities = JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuActivityArray)!;

        Assert.Equal(2, activities.Length);
        var stub = activities[0];
        Assert.Equal("12345678901", stub.Id);
        Assert.Equal("i12345", stub.IcuAthleteId);
        Assert.Equal(new DateTime(2024, 5, 3, 18, 0, 0), stub.StartDateLocal);
        Assert.Equal(IcuSourceValues.Strava, stub.Source);
        Assert.Null(stub.Distance);
        Assert.Equal("STRAVA activities are not available via the API", stub.GetCustomFields()["_note"].GetString());
        Assert.Empty(activities[1].GetCustomFields());
    }

    [Fact]
    public void Model_context_uses_the_same_options_as_the_core_context()
    {
        var model = IcuModelJsonContext.Default.Options;
        var core = IcuJsonContext.Default.Options;

        var simple = typeof(JsonSerializerOptions).GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType.IsPrimitive || p.PropertyType.IsEnum || p.PropertyType == typeof(string)
                    || Nullable.GetUnderlyingType(p.PropertyType) is not null))
            .Where(p => p.Name != nameof(JsonSerializerOptions.IsReadOnly));
        foreach (var property in simple)
        {
            Assert.True(
                Equals(property.GetValue(core), property.GetValue(model)),
                $"JsonSerializerOptions.{property.Name}: IcuJsonContext has {property.GetValue(core)}, IcuModelJsonContext has {property.GetValue(model)}.");
        }

        Assert.Equal(core.PropertyNamingPolicy?.GetType(), model.PropertyNamingPolicy?.GetType());
        Assert.Equal(core.Converters.Select(c => c.GetType()), model.Converters.Select(c => c.GetType()));
    }

    [Fact]
    public void Values_classes_list_the_spec_values()
    {
        Assert.Equal("SET_EFTP", IcuCategoryValues.SetEftp);
        Assert.Contains(IcuCategoryValues.Workout, IcuCategoryValues.All);
        Assert.Equal(14, IcuCategoryValues.All.Count);
        Assert.Contains("VirtualRide", IcuActivityTypeValues.All);
        Assert.Contains(IcuActivityTypeValues.Ride, IcuActivityTypeValues.All);
        Assert.Equal(60, IcuActivityTypeValues.All.Count);
    }
}
