using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Save-IcuWorkoutFile in Core: one planned workout into a folder (a trainer app's workout folder) as
/// "date name.ext", never replacing a file without <c>overwrite</c> (the same errors as activity files).
/// </summary>
public static class WorkoutFileSaver
{
    public static async Task<FileInfo> SaveAsync(
        IcuSession session, IcuEvent calendarEvent, string folder, WorkoutFileFormat format, bool overwrite, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        if (!Directory.Exists(folder))
        {
            throw IcuActivityException.DirectoryNotFound(folder);
        }

        var date = LocalDateReader.TryReadDate(calendarEvent.StartDateLocal, out var local) ? local : (DateTime?)null;
        var target = Path.Combine(folder, WorkoutFileNames.For(date, calendarEvent.Name, calendarEvent.Id, format));
        if (!overwrite && File.Exists(target))
        {
            throw IcuActivityException.FileExists(target);
        }

        var bytes = await EventCalendar.DownloadWorkoutAsync(session, calendarEvent, format, log, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var output = new FileStream(target, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (!overwrite && File.Exists(target))
        {
            throw IcuActivityException.FileExists(target);
        }

        return new FileInfo(target);
    }
}
