namespace IntervalsIcu.Core.Wellness;

/// <summary>The switches of one Set-IcuWellness run.</summary>
public sealed record WellnessUploadOptions
{
    /// <summary>
    /// Dates per bulk PUT. 100 keeps a request body far below the 1 MB that common reverse proxies
    /// accept by default (a full day is about 1 KB of JSON, a typical CSV day 150 bytes), keeps the cost
    /// of a batch that fails after its retries to 100 rows reported, and still sends ten years of days
    /// in 37 requests, under 5 s at the throttle's 8 requests/s. The server documents no limit.
    /// </summary>
    public const int DefaultBatchSize = 100;

    /// <summary>A batch is also cut when its body would pass this, e.g. with long comments.</summary>
    public const int DefaultMaxBatchBytes = 256 * 1024;

    /// <summary>Days per list request when reading the current values: one year (a leap year's 366 days), about 0.5 MB of JSON.</summary>
    public const int DefaultReadWindowDays = 366;

    public WellnessWriteMode Mode { get; init; } = WellnessWriteMode.Merge;

    /// <summary>Write days that are locked on the server, too.</summary>
    public bool Force { get; init; }

    /// <summary>Fields to clear on every date, by any of their names (-Clear).</summary>
    public IReadOnlyList<string> Clear { get; init; } = [];

    public int BatchSize { get; init; } = DefaultBatchSize;

    public int MaxBatchBytes { get; init; } = DefaultMaxBatchBytes;

    public int ReadWindowDays { get; init; } = DefaultReadWindowDays;

    /// <summary>Called after each bulk request, from the thread that sent it.</summary>
    public Action<WellnessBatchProgress>? BatchCompleted { get; init; }
}
