namespace IntervalsIcu.Core.Sessions;

/// <summary>Whether a session can still send requests.</summary>
public enum IcuSessionState
{
    Open,
    Closed,
}
