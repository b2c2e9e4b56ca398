using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator;

/// <summary>
/// One athlete as the server stores it: the full <c>WithSportSettings</c> JSON document. A document
/// rather than a typed class because PUT merges arbitrary fields and every view is a projection of it.
/// </summary>
public sealed class EmulatedAthlete
{
    private readonly Lock _gate = new();
    private readonly JsonObject _document;

    internal EmulatedAthlete(JsonObject document)
    {
        Id = document["id"]?.GetValue<string>() ?? throw new ArgumentException("The athlete document has no id.", nameof(document));
        _document = document;
    }

    public string Id { get; }

    public string Name => ReadString("name") ?? string.Empty;

    /// <summary>IANA zone name; "today" for this athlete is computed in it (api-facts §4).</summary>
    public string Timezone => ReadString("timezone") ?? "UTC";

    /// <summary>A private copy of the whole document, safe to change.</summary>
    public JsonObject CloneDocument()
    {
        lock (_gate)
        {
            return (JsonObject)_document.DeepClone();
        }
    }

    /// <summary>Sets one top-level field, e.g. for a test that needs an unusual athlete. The id is fixed.</summary>
    public void SetField(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name == "id")
        {
            throw new ArgumentException("An athlete's id cannot change.", nameof(name));
        }

        lock (_gate)
        {
            _document[name] = value?.DeepClone();
        }
    }

    /// <summary>The athlete's current wall-clock time, which decides what "today" means for date defaults.</summary>
    public DateTime LocalNow(TimeProvider clock)
    {
        var zone = TryFindZone(Timezone) ?? TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
    }

    /// <summary>Partial update: every field of <paramref name="changes"/> replaces the stored one, except the protected ones.</summary>
    internal void Merge(JsonObject changes, IReadOnlySet<string> protectedFields)
    {
        lock (_gate)
        {
            foreach (var (name, value) in changes)
            {
                if (!protectedFields.Contains(name))
                {
                    _document[name] = value?.DeepClone();
                }
            }
        }
    }

    /// <summary>Changes the stored document in place under the athlete's lock, for lists such as the sport settings that PUT edits item by item.</summary>
    internal T Edit<T>(Func<JsonObject, T> change)
    {
        lock (_gate)
        {
            return change(_document);
        }
    }

    private string? ReadString(string name)
    {
        lock (_gate)
        {
            return _document[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }
    }

    private static TimeZoneInfo? TryFindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
