using System.Globalization;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Errors;

/// <summary>The facts of one failed request, gathered before the matching exception is chosen.</summary>
public sealed record IcuRequestFailure(string Method, string RequestPath, int? StatusCode, string? ServerMessage, string? Cause = null)
{
    /// <summary>What the authentication diagnosis found, when one was run for this failure.</summary>
    public string? Diagnosis { get; init; }

    public string Describe()
    {
        var status = StatusCode is { } code
            ? string.Format(CultureInfo.InvariantCulture, Messages.RequestFailedStatus, Method, RequestPath, code)
            : string.Format(CultureInfo.InvariantCulture, Messages.RequestFailedNoResponse, Method, RequestPath);
        var detail = ServerMessage ?? Cause;
        var described = detail is null ? status : string.Format(CultureInfo.InvariantCulture, Messages.RequestFailedDetail, status, detail);
        return Diagnosis is null ? described : string.Format(CultureInfo.InvariantCulture, Messages.RequestFailedDiagnosis, described, Diagnosis);
    }
}
