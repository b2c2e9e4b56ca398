namespace IntervalsIcu.Core.Tests.Events;

/// <summary>Tests that change the process's time zone must not run beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineTimeZoneCollection
{
    public const string Name = "Machine time zone";
}
