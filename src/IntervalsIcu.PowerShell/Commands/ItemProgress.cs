using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Write-Progress for a cmdlet that works through inputs one by one (ids, files): how many so far and which
/// one now, with a percentage when the total is known (ids given as an array) and without when they are piped.
/// </summary>
internal sealed class ItemProgress(int activityId, string activity)
{
    private int started;

    /// <summary>Reports the input about to be worked on.</summary>
    public void Next(Cmdlet cmdlet, string item, int? total = null)
    {
        started++;
        var status = total is { } count
            ? string.Format(CultureInfo.CurrentCulture, CmdletMessages.ProgressItemOf, started, count, item)
            : string.Format(CultureInfo.CurrentCulture, CmdletMessages.ProgressItem, started, item);
        cmdlet.WriteProgress(new ProgressRecord(activityId, activity, status)
        {
            PercentComplete = total is { } all && all > 0 ? Math.Min(100, (started - 1) * 100 / all) : -1,
        });
    }

    /// <summary>Removes the bar once the last input is done.</summary>
    public void Complete(Cmdlet cmdlet)
    {
        if (started > 0)
        {
            cmdlet.WriteProgress(new ProgressRecord(activityId, activity, CmdletMessages.ProgressDone) { RecordType = ProgressRecordType.Completed });
        }
    }
}
