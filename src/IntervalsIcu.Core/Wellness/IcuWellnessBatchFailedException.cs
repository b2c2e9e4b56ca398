using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// One date of a bulk PUT that still failed after the retries. Each date of the batch gets its own, so
/// every row of the input ends either on the server or reported; the cause is the inner exception.
/// </summary>
public sealed class IcuWellnessBatchFailedException : IcuException
{
    public IcuWellnessBatchFailedException(string date, int batchNumber, int batchSize, IcuException cause)
        : base(
            string.Format(CultureInfo.InvariantCulture, WellnessMessages.BatchFailed, date, batchNumber, batchSize, cause.Message),
            cause.FixHint + " " + WellnessMessages.FixRunAgain,
            cause)
    {
        Date = date;
        BatchNumber = batchNumber;
        Cause = cause;
    }

    public string Date { get; }

    public int BatchNumber { get; }

    /// <summary>What the request failed with, e.g. <see cref="IcuServerException"/> after the 503 retries ran out.</summary>
    public IcuException Cause { get; }

    public override string ErrorId => WellnessErrorIds.BatchFailed;

    public override IcuErrorCategory Category => Cause.Category;
}
