using System.Globalization;
using System.Text;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>How a run ended: one result per date (and per invalid row), in input order, and the counts.</summary>
public sealed class WellnessUploadReport
{
    internal WellnessUploadReport(IReadOnlyList<IcuWellnessResult> results, int readRequests, int writeRequests, int notConfirmed)
    {
        Results = results;
        ReadRequests = readRequests;
        WriteRequests = writeRequests;
        NotConfirmed = notConfirmed;
    }

    public IReadOnlyList<IcuWellnessResult> Results { get; }

    /// <summary>List requests that read the server's current values.</summary>
    public int ReadRequests { get; }

    /// <summary>Bulk PUT requests (a retry of one is not counted again).</summary>
    public int WriteRequests { get; }

    /// <summary>Dates that differed from the server but were not sent: -WhatIf, or "No" at -Confirm.</summary>
    public int NotConfirmed { get; }

    /// <summary>True when any row was invalid or failed: the run must not report success.</summary>
    public bool HasErrors => Results.Any(result => result.Status is WellnessResultStatus.Invalid or WellnessResultStatus.Failed);

    public int Count(WellnessResultStatus status) => Results.Count(result => result.Status == status);

    /// <summary>"365 dates: 360 sent in 4 requests, 3 unchanged, 2 invalid (current values read in 1 request)".</summary>
    public string Summary
    {
        get
        {
            var total = Results.Count + NotConfirmed;
            var text = new StringBuilder(Format(
                WellnessMessages.SummaryHead,
                total,
                total == 1 ? WellnessMessages.WordDate : WellnessMessages.WordDates,
                Count(WellnessResultStatus.Sent),
                WriteRequests,
                WriteRequests == 1 ? WellnessMessages.WordRequest : WellnessMessages.WordRequests));
            Append(text, WellnessMessages.SummaryUnchanged, Count(WellnessResultStatus.Unchanged));
            Append(text, WellnessMessages.SummarySkippedLocked, Count(WellnessResultStatus.SkippedLocked));
            Append(text, WellnessMessages.SummaryInvalid, Count(WellnessResultStatus.Invalid));
            Append(text, WellnessMessages.SummaryFailed, Count(WellnessResultStatus.Failed));
            Append(text, WellnessMessages.SummaryNotConfirmed, NotConfirmed);
            text.Append(Format(WellnessMessages.SummaryReads, ReadRequests, ReadRequests == 1 ? WellnessMessages.WordRequest : WellnessMessages.WordRequests));
            return text.ToString();
        }
    }

    public override string ToString() => Summary;

    private static void Append(StringBuilder text, string template, int count)
    {
        if (count > 0)
        {
            text.Append(Format(template, count));
        }
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
