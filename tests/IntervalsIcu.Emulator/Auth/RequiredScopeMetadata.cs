namespace IntervalsIcu.Emulator.Auth;

/// <summary>The OAuth scope a bearer token needs for an endpoint; personal keys pass always.</summary>
internal sealed record RequiredScopeMetadata(string Scope);
