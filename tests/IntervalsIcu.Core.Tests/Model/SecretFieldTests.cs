using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// The athlete endpoints return the user's own API key (<c>icu_api_key</c>) and friend-invite token.
/// Neither may be reachable from a model object, nor written back out.
/// </summary>
public sealed class SecretFieldTests
{
    private const string ApiKey = "k3y-7c1e5a0b9d2f4e68a1c3";
    private const string InviteToken = "inv-4d9a77e0c2b1";

    private static readonly string AthleteJson = $$"""
        {
          "id": "i12345",
          "name": "Test Athlete",
          "icu_friend_invite_token": "{{InviteToken}}",
          "icu_api_key": "{{ApiKey}}",
          "timezone": "Europe/Berlin",
          "icu_date_of_birth": "1990-02-03",
          "icu_last_seen": "2024-05-04T09:12:33.123+0000",
          "sportSettings": [
            {
              "id": 1, "types": [ "Ride", "VirtualRide" ], "ftp": 250, "icu_api_key": "{{ApiKey}}",
              "custom_field_values": { "note": { "icu_api_key": "{{ApiKey}}", "text": "kept" } }
            }
          ],
          "custom_items": [ { "id": 7, "name": "SWOLF", "type": "ACTIVITY_FIELD" } ],
          "ICU_API_KEY": "{{ApiKey}}",
          "some_future_field": "kept"
        }
        """;

    public static TheoryData<string> AthleteTypes => new() { nameof(IcuAthlete), nameof(IcuCoachedAthlete) };

    [Theory]
    [MemberData(nameof(AthleteTypes))]
    public void Secrets_are_nowhere_in_the_object_graph(string typeName)
    {
        var athlete = Deserialize(typeName);

        var reachable = new List<string>();
        Collect(athlete, "athlete", reachable, new HashSet<object>(ReferenceEqualityComparer.Instance));

        Assert.NotEmpty(reachable);
        Assert.Contains(reachable, text => text.Contains("Europe/Berlin", StringComparison.Ordinal));
        Assert.Contains(reachable, text => text.Contains("some_future_field", StringComparison.Ordinal));
        Assert.DoesNotContain(reachable, text => text.Contains(ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(reachable, text => text.Contains(InviteToken, StringComparison.Ordinal));
        Assert.DoesNotContain(reachable, text => text.Contains("icu_api_key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(reachable, text => text.Contains("icu_friend_invite_token", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(AthleteTypes))]
    public void Secrets_are_not_written_back(string typeName)
    {
        var athlete = Deserialize(typeName);

        var json = JsonSerializer.Serialize(athlete, TypeInfo(typeName));

        Assert.Contains("Europe/Berlin", json, StringComparison.Ordinal);
        Assert.Contains("some_future_field", json, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, json, StringComparison.Ordinal);
        Assert.DoesNotContain(InviteToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain("icu_api_key", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Local_dates_are_dates_of_unspecified_kind()
    {
        var athlete = (IcuAthlete)Deserialize(nameof(IcuAthlete));

        Assert.Equal(new DateTime(1990, 2, 3), athlete.IcuDateOfBirth);
        Assert.Equal(DateTimeKind.Unspecified, athlete.IcuDateOfBirth!.Value.Kind);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 9, 12, 33, 123, TimeSpan.Zero), athlete.IcuLastSeen);
        var sportSettings = Assert.Single(athlete.SportSettings!);
        Assert.Equal(250, sportSettings.Ftp);
        Assert.Equal("kept", sportSettings.CustomFieldValues!.Value.GetProperty("note").GetProperty("text").GetString());
    }

    private static object Deserialize(string typeName) =>
        JsonSerializer.Deserialize(AthleteJson, TypeInfo(typeName))
        ?? throw new InvalidOperationException("null");

    private static JsonTypeInfo TypeInfo(string typeName) =>
        IcuModelJsonContext.Default.GetTypeInfo(typeof(IcuAthlete).Assembly.GetType($"{typeof(IcuAthlete).Namespace}.{typeName}")!)!;

    /// <summary>Every string reachable through public properties and GetCustomFields(): values, dictionary keys, raw JSON of custom fields, ToString().</summary>
    private static void Collect(object? value, string path, List<string> found, HashSet<object> seen)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                found.Add(text);
                return;
            case JsonElement element:
                found.Add(element.GetRawText());
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    found.Add(entry.Key.ToString()!);
                    Collect(entry.Value, $"{path}[{entry.Key}]", found, seen);
                }

                return;
            case IEnumerable sequence:
                var i = 0;
                foreach (var item in sequence)
                {
                    Collect(item, $"{path}[{i++}]", found, seen);
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is DateTime or DateTimeOffset or decimal || !seen.Add(value))
        {
            return;
        }

        if (value is IIcuRecord record)
        {
            Collect(record.GetCustomFields(), $"{path}.GetCustomFields()", found, seen);
            found.Add(value.ToString()!);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                found.Add(property.Name);
                Collect(property.GetValue(value), $"{path}.{property.Name}", found, seen);
            }
        }
    }
}
