namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Marks the emulator's own API endpoints, as opposed to the 405 endpoints routing makes up.</summary>
internal sealed record IntervalsApiEndpointMetadata;
