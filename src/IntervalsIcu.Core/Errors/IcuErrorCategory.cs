namespace IntervalsIcu.Core.Errors;

/// <summary>
/// How a failure is classified. The names match PowerShell's ErrorCategory members one to one so the
/// cmdlet layer maps them by name without Core knowing PowerShell.
/// </summary>
public enum IcuErrorCategory
{
    AuthenticationError,
    PermissionDenied,
    ObjectNotFound,
    InvalidArgument,
    InvalidData,
    LimitsExceeded,
    ResourceUnavailable,
    ConnectionError,
    OperationTimeout,
    SecurityError,
    ProtocolError,
    InvalidOperation,
}
