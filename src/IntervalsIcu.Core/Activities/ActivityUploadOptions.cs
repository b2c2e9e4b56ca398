namespace IntervalsIcu.Core.Activities;

/// <summary>The query values an upload may carry (api-facts §5.2); null ones are not sent.</summary>
public sealed record ActivityUploadOptions
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? DeviceName { get; init; }

    /// <summary>The activity's id on the system it came from.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The planned workout (calendar event) this activity fulfils.</summary>
    public int? PairedEventId { get; init; }
}
