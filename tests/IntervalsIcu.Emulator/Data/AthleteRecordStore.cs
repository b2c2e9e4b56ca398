using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Emulator;

/// <summary>
/// Dated JSON records (activities, wellness days, calendar events) per athlete, the data source behind
/// the list endpoints. Records are stored and returned as the API's JSON, so a later data set only has
/// to add objects; lists are bounded by a local date window because the API has no paging (api-facts §1).
/// </summary>
public sealed class AthleteRecordStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<JsonObject>> _recordsByAthlete = new(StringComparer.Ordinal);
    private readonly string _startProperty;
    private readonly string? _endProperty;

    /// <param name="startProperty">The local date or date-time that places a record in a window.</param>
    /// <param name="endProperty">Optional exclusive end of a multi-day record (a one-day event ends at the next
    /// midnight, api-facts §6.3); such a record is listed when it overlaps the window.</param>
    public AthleteRecordStore(string startProperty, string? endProperty = null)
    {
        _startProperty = startProperty;
        _endProperty = endProperty;
    }

    public void Add(string athleteId, JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!LocalDateTimeText.TryParse(ReadText(record, _startProperty), out _, out _))
        {
            throw new ArgumentException($"The record needs a local date in '{_startProperty}'.", nameof(record));
        }

        var copy = (JsonObject)record.DeepClone();
        lock (_gate)
        {
            if (!_recordsByAthlete.TryGetValue(athleteId, out var records))
            {
                records = [];
                _recordsByAthlete[athleteId] = records;
            }

            records.Add(copy);
        }
    }

    /// <summary>
    /// Replaces the record whose start property is exactly <paramref name="key"/>, or adds one, with what
    /// <paramref name="change"/> makes of a copy of it (null when there is none); atomic, so concurrent
    /// partial updates of one record never lose each other's fields. Returns a copy of the stored record.
    /// </summary>
    public JsonObject Upsert(string athleteId, string key, Func<JsonObject?, JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_recordsByAthlete.TryGetValue(athleteId, out var records))
            {
                records = [];
                _recordsByAthlete[athleteId] = records;
            }

            var index = records.FindIndex(record => ReadText(record, _startProperty) == key);
            var updated = change(index < 0 ? null : (JsonObject)records[index].DeepClone());
            if (ReadText(updated, _startProperty) != key)
            {
                throw new ArgumentException($"The updated record must keep '{key}' in '{_startProperty}'.", nameof(change));
            }

            if (index < 0)
            {
                records.Add(updated);
            }
            else
            {
                records[index] = updated;
            }

            return (JsonObject)updated.DeepClone();
        }
    }

    /// <summary>Copies of the records touching [oldest, newest] (both inclusive), oldest first.</summary>
    public IReadOnlyList<JsonObject> List(string athleteId, DateTime oldestLocal, DateTime newestLocal)
    {
        lock (_gate)
        {
            if (!_recordsByAthlete.TryGetValue(athleteId, out var records))
            {
                return [];
            }

            return records
                .Select(record => (Record: record, Start: StartOf(record), End: EndOf(record)))
                .Where(item => item.Start <= newestLocal && (item.Start >= oldestLocal || item.End > oldestLocal))
                .OrderBy(item => item.Start)
                .Select(item => (JsonObject)item.Record.DeepClone())
                .ToList();
        }
    }

    public int Count(string athleteId)
    {
        lock (_gate)
        {
            return _recordsByAthlete.TryGetValue(athleteId, out var records) ? records.Count : 0;
        }
    }

    /// <summary>A copy of the record whose <c>id</c> is <paramref name="id"/>, with its athlete, whichever athlete holds it.</summary>
    public (string AthleteId, JsonObject Record)? FindById(string id)
    {
        lock (_gate)
        {
            foreach (var (athleteId, records) in _recordsByAthlete)
            {
                if (records.FirstOrDefault(record => IdOf(record) == id) is { } found)
                {
                    return (athleteId, (JsonObject)found.DeepClone());
                }
            }

            return null;
        }
    }

    /// <summary>Changes the stored record with this <c>id</c> in place; false when there is none.</summary>
    public bool Update(string id, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var record = _recordsByAthlete.Values.SelectMany(records => records).FirstOrDefault(record => IdOf(record) == id);
            if (record is null)
            {
                return false;
            }

            change(record);
            return true;
        }
    }

    /// <summary>Removes the record with this <c>id</c>; false when there is none.</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _recordsByAthlete.Values.Any(records => records.RemoveAll(record => IdOf(record) == id) > 0);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _recordsByAthlete.Clear();
        }
    }

    private DateTime StartOf(JsonObject record)
    {
        LocalDateTimeText.TryParse(ReadText(record, _startProperty), out var start, out _);
        return start;
    }

    private DateTime EndOf(JsonObject record)
    {
        var start = StartOf(record);
        if (_endProperty is null || !LocalDateTimeText.TryParse(ReadText(record, _endProperty), out var end, out _))
        {
            return start;
        }

        return end < start ? start : end;
    }

    /// <summary>The id as text: activity ids are strings, event ids int32 (api-facts §2.2).</summary>
    private static string? IdOf(JsonObject record) =>
        record["id"] is JsonValue value && value.TryGetValue<int>(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : ReadText(record, "id");

    private static string? ReadText(JsonObject record, string property) =>
        record[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
