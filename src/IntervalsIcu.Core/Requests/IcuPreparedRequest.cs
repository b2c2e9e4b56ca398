using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Requests;

/// <summary>A checked request, ready to send: the operation it calls, the HTTP request, and where a file answer goes.</summary>
public sealed record IcuPreparedRequest(IcuOperation Operation, IcuRequest Request, string? OutFile)
{
    /// <summary>"DELETE /api/v1/athlete/i1/events/7": what -WhatIf and -Confirm show.</summary>
    public string Target => $"{Request.Method.Method} {Request.PathAndQuery}";
}
