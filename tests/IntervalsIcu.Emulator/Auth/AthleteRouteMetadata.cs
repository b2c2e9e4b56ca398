namespace IntervalsIcu.Emulator.Auth;

/// <summary>Marks an endpoint whose route parameter <see cref="ParameterName"/> is an athlete id to check.</summary>
internal sealed record AthleteRouteMetadata(string ParameterName);
