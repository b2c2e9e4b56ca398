using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Threading;
using IntervalsIcu.PowerShell.Output;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// What every cmdlet shares: a cancellation token that Ctrl+C (StopProcessing) cancels, Core's async
/// work run with its log messages written on the pipeline thread, and Core's exceptions turned into
/// ErrorRecords with their stable ErrorId, category and fix.
/// </summary>
public abstract class IcuCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource cancellation = new();

    protected CancellationToken CancellationToken => cancellation.Token;

    public void Dispose()
    {
        cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void StopProcessing() => cancellation.Cancel();

    /// <summary>Runs Core work; verbose, debug and warning messages reach PowerShell as they happen.</summary>
    protected T Run<T>(Func<IIcuLog, CancellationToken, Task<T>> work)
    {
        using var pump = new CallerThreadPump();
        var log = new PumpedLog(pump, WriteVerbose, WriteDebug, WriteWarning);
        try
        {
            return pump.Run(() => work(log, CancellationToken));
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: let PowerShell end the pipeline the way it expects.
            throw new PipelineStoppedException();
        }
    }

    /// <summary>As <see cref="Run{T}"/>, with Core's progress reports handed to <paramref name="onProgress"/> on the pipeline thread.</summary>
    protected T Run<T, TProgress>(Func<IIcuLog, IProgress<TProgress>, CancellationToken, Task<T>> work, Action<TProgress> onProgress)
    {
        using var pump = new CallerThreadPump();
        var log = new PumpedLog(pump, WriteVerbose, WriteDebug, WriteWarning);
        var progress = new PumpedProgress<TProgress>(pump, onProgress);
        try
        {
            return pump.Run(() => work(log, progress, CancellationToken));
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Streams a Core sequence to the pipeline: each object is written as soon as it is read.</summary>
    protected void WriteStream<T>(Func<IIcuLog, CancellationToken, IAsyncEnumerable<T>> source)
    {
        using var pump = new CallerThreadPump();
        var log = new PumpedLog(pump, WriteVerbose, WriteDebug, WriteWarning);
        try
        {
            foreach (var item in pump.Stream(source(log, CancellationToken), CancellationToken))
            {
                WriteRecord(item!);
            }
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>
    /// As <see cref="WriteStream{T}"/>, with Core's progress reports handed to <paramref name="onProgress"/>
    /// on the pipeline thread (where WriteProgress is allowed), between the objects written.
    /// </summary>
    protected void WriteStream<T, TProgress>(Func<IIcuLog, IProgress<TProgress>, CancellationToken, IAsyncEnumerable<T>> source, Action<TProgress> onProgress)
    {
        using var pump = new CallerThreadPump();
        var log = new PumpedLog(pump, WriteVerbose, WriteDebug, WriteWarning);
        var progress = new PumpedProgress<TProgress>(pump, onProgress);
        try
        {
            foreach (var item in pump.Stream(source(log, progress, CancellationToken), CancellationToken))
            {
                WriteRecord(item!);
            }
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>All items of a Core sequence, for work that needs them together (lookups by id).</summary>
    protected static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>
    /// Writes a model with its custom fields (extra JSON keys such as a custom activity field SWOLF)
    /// as ordinary properties, so they show in Format and become columns in Export-Csv, and with its
    /// dates written as ISO 8601 text whatever the culture (<see cref="IsoDates"/>).
    /// </summary>
    protected void WriteRecord(object record)
    {
        var customFields = (record as IIcuRecord)?.GetCustomFields() ?? new Dictionary<string, System.Text.Json.JsonElement>();
        if (customFields.Count == 0 && !IsoDates.Has(record))
        {
            WriteObject(record);
            return;
        }

        var wrapped = PSObject.AsPSObject(record);
        IsoDates.Apply(wrapped, record);
        foreach (var (name, value) in customFields)
        {
            // A custom code that equals a spec field's name must not hide the real field.
            if (wrapped.Properties[name] is null)
            {
                wrapped.Properties.Add(new PSNoteProperty(name, CellValue.From(value)));
            }
        }

        WriteObject(wrapped);
    }

    /// <summary>
    /// Does the work of one input (an id, a file): refused credentials stop the command, any other
    /// failure of this input (the API's, or the file system's) is reported and the next input goes on.
    /// </summary>
    protected void ForOneInput(object? target, Action work, string fileErrorId = "IcuFileAccessFailed", ErrorCategory fileErrorCategory = ErrorCategory.WriteError)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            work();
        }
        catch (IcuException exception) when (exception is IcuAuthenticationException or IcuNotConnectedException)
        {
            ThrowIcuError(exception, target);
        }
        catch (IcuException exception)
        {
            WriteIcuError(exception, target);
        }
        catch (IOException exception)
        {
            WriteError(new ErrorRecord(exception, fileErrorId, fileErrorCategory, target));
        }
        catch (UnauthorizedAccessException exception)
        {
            WriteError(new ErrorRecord(exception, fileErrorId, ErrorCategory.PermissionDenied, target));
        }
    }

    protected static ErrorRecord ToErrorRecord(IcuException exception, object? target)
    {
        var category = Enum.TryParse<ErrorCategory>(exception.Category.ToString(), out var parsed) ? parsed : ErrorCategory.NotSpecified;
        return new ErrorRecord(exception, exception.ErrorId, category, target)
        {
            ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.FixHint },
        };
    }

    /// <summary>Stops the command: for "not connected", refused credentials and impossible parameters.</summary>
    protected void ThrowIcuError(IcuException exception, object? target) => ThrowTerminatingError(ToErrorRecord(exception, target));

    /// <summary>Reports one input's failure and lets the others go on.</summary>
    protected void WriteIcuError(IcuException exception, object? target) => WriteError(ToErrorRecord(exception, target));

    /// <summary>The value without PowerShell's wrapper; AutomationNull (an empty pipeline result) is null.</summary>
    protected static object? PlainValue(object? value) => value switch
    {
        PSObject empty when ReferenceEquals(empty, System.Management.Automation.Internal.AutomationNull.Value) => null,
        PSObject wrapped => wrapped.BaseObject,
        _ => value,
    };
}
