namespace IntervalsIcu.Emulator.Auth;

/// <summary>Marks an endpoint that refuses bearer tokens, like <c>GET /api/v1/athletes</c> (spec description).</summary>
internal sealed record ApiKeyOnlyMetadata;
