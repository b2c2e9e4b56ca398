namespace IntervalsIcu.Core.Activities;

/// <summary>What Get-IcuActivity's range set asks for.</summary>
public sealed record ActivityListRequest
{
    /// <summary>
    /// 90 days per request: a busy athlete (two sessions a day, ~7 KB of JSON each with every field)
    /// gets about 1.3 MB per response, far below any timeout or proxy limit, while five years take only
    /// 21 requests (about two seconds under the 10 requests/s limit). Memory does not depend on it: items stream.
    /// </summary>
    public const int DefaultWindowDays = 90;

    public required ActivityRange Range { get; init; }

    /// <summary>At most this many activities (after the type filter); fetching stops once reached.</summary>
    public int? Limit { get; init; }

    /// <summary>Only these activity types (Ride, Run, ...), compared case-insensitively; empty for all.</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>The first window's days, and the least of every later one.</summary>
    public int WindowDays { get; init; } = DefaultWindowDays;

    /// <summary>
    /// Later windows are sized from the activities per day seen so far to hold about this many activities
    /// (every field: about 4 MB of JSON at 2 KB an activity, streamed, never held), so a dense ten years takes 10 requests instead of 41 and
    /// stays inside the throttle's burst; the first window stays small so the first row comes early. With
    /// <see cref="Fields"/> (a few fields per activity) ten times as many. Null keeps every window at
    /// <see cref="WindowDays"/>.
    /// </summary>
    public int? WindowActivities { get; init; } = DefaultWindowActivities;

    public const int DefaultWindowActivities = 2_000;

    /// <summary>The longest window: ten years and a leap week.</summary>
    public const int MaxWindowDays = 3_660;

    /// <summary>The activities a later window aims at: <see cref="WindowActivities"/>, ten times that with <see cref="Fields"/>.</summary>
    internal int? WindowTarget => WindowActivities is { } target ? (Fields is null ? target : target * 10) : null;

    /// <summary>Custom activity field codes every activity should carry, null where unset, so every CSV row has their columns.</summary>
    public IReadOnlyCollection<string> CustomFieldColumns { get; init; } = [];

    /// <summary>
    /// The API's <c>fields=</c> value (comma-joined names, from -Property): the server then sends only those
    /// fields and leaves out null ones (api-facts §1); null for every field.
    /// </summary>
    public string? Fields { get; init; }

    /// <summary>Told about each window before it is fetched.</summary>
    public IProgress<ActivityWindow>? Progress { get; init; }

    /// <summary>Counts the Strava stubs written.</summary>
    public StravaStubTally? StravaStubs { get; init; }
}
