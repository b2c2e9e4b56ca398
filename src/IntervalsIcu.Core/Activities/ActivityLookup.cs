namespace IntervalsIcu.Core.Activities;

/// <summary>One id's outcome of a by-id read: the activity (as a model or the server's JSON text), or null when the server skipped the id.</summary>
public sealed record ActivityLookup<T>(string Id, T? Activity)
    where T : class;
