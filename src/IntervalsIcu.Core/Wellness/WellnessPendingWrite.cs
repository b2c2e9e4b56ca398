using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A date the plan would write, with the field-level diff against the server for -WhatIf and -Confirm.</summary>
public sealed class WellnessPendingWrite
{
    internal WellnessPendingWrite(DateOnly date, IReadOnlyList<WellnessChange> changes, object? source, int order)
    {
        Date = date;
        Changes = changes;
        Source = source;
        Order = order;
        Body = new JsonObject { ["id"] = WellnessDates.Text(date) };
        foreach (var change in changes)
        {
            Body[change.ApiName] = change.Json.DeepClone();
        }
    }

    public DateOnly Date { get; }

    public string DateText => WellnessDates.Text(Date);

    public IReadOnlyList<WellnessChange> Changes { get; }

    /// <summary>"Weight 70.9 -> 70.4; RestingHR (empty) -> 48".</summary>
    public string DiffText => string.Join("; ", Changes);

    /// <summary>The pipeline object the date came from.</summary>
    public object? Source { get; }

    /// <summary>The day's part of the bulk body: its date in <c>id</c> and only the changed fields.</summary>
    internal JsonObject Body { get; }

    /// <summary>Where the date's first row was in the input, so results come out in input order.</summary>
    internal int Order { get; }
}
