using IntervalsIcu.Core.Errors;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// A calendar failure of one row or one event; <see cref="ErrorId"/> is one of <see cref="EventErrorIds"/>.
/// When a request failed, the cause (with its own status and fix) is the inner exception.
/// </summary>
public sealed class IcuEventException : IcuException
{
    public IcuEventException(string errorId, IcuErrorCategory category, string message, string fixHint, Exception? cause = null)
        : base(message, fixHint, cause)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }
}
