namespace IntervalsIcu.Core.Tests.Events;

/// <summary>
/// Makes this process's local time zone another one for the duration of a test (TZ, then .NET's cache
/// cleared), so a test proves a local date survives a machine in another zone. Tests using it run in
/// the non-parallel collection <see cref="MachineTimeZoneCollection"/>.
/// </summary>
internal sealed class MachineTimeZoneScope : IDisposable
{
    private readonly string? previous = Environment.GetEnvironmentVariable("TZ");

    public MachineTimeZoneScope(string zone)
    {
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", previous);
        TimeZoneInfo.ClearCachedData();
    }
}
