using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Import-IcuActivity: uploads FIT, TCX or GPX files (or zip/gz of them), e.g. from Get-ChildItem.
/// Each file's result says Created (201) or Duplicate (200, the server had that file already); a file
/// that fails is reported and the others go on.
/// </summary>
[Cmdlet(VerbsData.Import, "IcuActivity", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(IcuActivityUpload))]
public sealed class ImportIcuActivityCommand : IcuAthleteCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>Files to upload; wildcards allowed.</summary>
    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    /// <summary>Files to upload, taken as written; Get-ChildItem's output binds here.</summary>
    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    /// <summary>The activity's name. Default: the server's, from the file.</summary>
    [Parameter]
    public string? Name { get; set; }

    [Parameter]
    public string? Description { get; set; }

    /// <summary>The activity's id on the system it came from.</summary>
    [Parameter]
    public string? ExternalId { get; set; }

    /// <summary>The planned workout (calendar event id) the activity fulfils.</summary>
    [Parameter]
    public int? PairedEventId { get; set; }

    /// <summary>The recording device, e.g. 'Garmin Edge 540'.</summary>
    [Parameter]
    public string? DeviceName { get; set; }

    /// <summary>
    /// When a file matches a deleted activity (its tombstone blocks the upload), removes the tombstone
    /// and uploads the file again as a new activity.
    /// </summary>
    [Parameter]
    public SwitchParameter RemoveTombstone { get; set; }

    private readonly ItemProgress progress = new(5, "Import-IcuActivity");

    protected override void EndProcessing() => progress.Complete(this);

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var options = new ActivityUploadOptions
        {
            Name = Name,
            Description = Description,
            ExternalId = ExternalId,
            PairedEventId = PairedEventId,
            DeviceName = DeviceName,
        };

        var files = ResolveFiles();
        foreach (var file in files)
        {
            progress.Next(this, file, MyInvocation.ExpectingInput ? null : files.Count);
            if (!ShouldProcess(file, ActivityCmdletMessages.UploadAction))
            {
                continue;
            }

            ForOneInput(
                file,
                () => WriteObject(Upload(session, file, options)),
                "IcuActivityFileReadFailed",
                ErrorCategory.ReadError);
        }
    }

    private IcuActivityUpload Upload(IcuSession session, string file, ActivityUploadOptions options)
    {
        var upload = Run((log, cancel) => ActivityUploader.UploadAsync(session, file, options, log, cancel));
        if (upload.Tombstone && !RemoveTombstone)
        {
            WriteWarning(string.Format(System.Globalization.CultureInfo.CurrentCulture, ActivityCmdletMessages.WarningTombstone, file, upload.Id));
        }

        if (!upload.Tombstone || !RemoveTombstone
            || !ShouldProcess(upload.Id, string.Format(System.Globalization.CultureInfo.CurrentCulture, ActivityCmdletMessages.RemoveTombstoneAction, file)))
        {
            return upload;
        }

        Run(async (log, cancel) =>
        {
            await ActivityUploader.RemoveTombstoneAsync(session, upload.Id!, log, cancel).ConfigureAwait(false);
            return true;
        });
        return Run((log, cancel) => ActivityUploader.UploadAsync(session, file, options, log, cancel));
    }

    /// <summary>Provider paths of the files named; a path that matches nothing is reported and skipped.</summary>
    private List<string> ResolveFiles()
    {
        var files = new List<string>();
        if (ParameterSetName == LiteralPathSet)
        {
            files.AddRange((LiteralPath ?? []).Select(path => GetUnresolvedProviderPathFromPSPath(path)));
            return files;
        }

        foreach (var path in Path ?? [])
        {
            try
            {
                files.AddRange(GetResolvedProviderPathFromPSPath(path, out _));
            }
            catch (ItemNotFoundException exception)
            {
                WriteError(new ErrorRecord(exception, ActivityErrorIds.ActivityFileNotFound, ErrorCategory.ObjectNotFound, path));
            }
        }

        return files;
    }
}
