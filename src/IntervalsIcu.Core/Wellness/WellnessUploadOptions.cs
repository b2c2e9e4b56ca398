namespace IntervalsIcu.Core.Wellness;

/// <summary>The switches of one Set-IcuWellness run.</summary>
public sealed record WellnessUploadOptions
{
    /// <summary>
    /// Dates per bulk PUT. The server documents no limit; the body cap below is what bounds a request (a
    /// typical CSV day of three fields is about 50 bytes, a full day about 1 KB). 5,000 sends ten years of a
    /// typical CSV in one request, as one hand-written bulk PUT does. A batch that fails after its retries
    /// reports its rows with their data, so the cost of a large batch is a larger rerun, never a lost day.
    /// </summary>
    public const int DefaultBatchSize = 5_000;

    /// <summary>
    /// A batch is also cut when its body would pass this: half of the 1 MB that common reverse proxies accept
    /// by default (a full day is about 1 KB of JSON). A server that still answers 413 gets the batch in halves.
    /// </summary>
    public const int DefaultMaxBatchBytes = 512 * 1024;

    /// <summary>Days per list request when reading whole days (Get-IcuWellness): one year (a leap year's 366 days), about 0.5 MB of JSON.</summary>
    public const int DefaultReadWindowDays = 366;

    /// <summary>
    /// Days per list request when only a few fields are asked for (<c>fields=</c>: the run's own fields, the
    /// fitness chart): ten years and a leap week, a few hundred KB, in one request instead of ten.
    /// </summary>
    public const int NarrowReadWindowDays = 3_660;

    public WellnessWriteMode Mode { get; init; } = WellnessWriteMode.Merge;

    /// <summary>Write days that are locked on the server, too.</summary>
    public bool Force { get; init; }

    /// <summary>Fields to clear on every date, by any of their names (-Clear).</summary>
    public IReadOnlyList<string> Clear { get; init; } = [];

    public int BatchSize { get; init; } = DefaultBatchSize;

    public int MaxBatchBytes { get; init; } = DefaultMaxBatchBytes;

    public int ReadWindowDays { get; init; } = NarrowReadWindowDays;

    /// <summary>Called after each bulk request, from the thread that sent it.</summary>
    public Action<WellnessBatchProgress>? BatchCompleted { get; init; }
}
