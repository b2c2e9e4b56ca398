namespace IntervalsIcu.Emulator.Recording;

/// <summary>
/// Set on a request whose connection was deliberately aborted, so it is recorded with status 0: after
/// <c>HttpContext.Abort()</c> the status code still reads 200 and RequestAborted trips only later.
/// </summary>
internal sealed record ResponseNotDeliveredFeature;
