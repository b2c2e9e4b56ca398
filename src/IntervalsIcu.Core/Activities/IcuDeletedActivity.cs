namespace IntervalsIcu.Core.Activities;

/// <summary>What DELETE /activity/{id} answers (<c>ActivityId</c>): the activity is gone, its tombstone stays.</summary>
public sealed record IcuDeletedActivity(string Id, string? AthleteId);
