namespace IntervalsIcu.Emulator.Auth;

/// <summary>What authorization established for a request; endpoints read it instead of re-checking.</summary>
internal sealed record AuthorizedRequest(ApiCaller Caller, EmulatedAthlete? TargetAthlete);
