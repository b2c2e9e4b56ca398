using System.Runtime.CompilerServices;
using System.Management.Automation.Runspaces;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.PowerShell.Sessions;

/// <summary>
/// The default session of each runspace (not of the process), so thread jobs and ForEach-Object
/// -Parallel runspaces do not share or replace each other's connection by accident.
/// </summary>
internal static class DefaultSessionStore
{
    private static readonly ConditionalWeakTable<Runspace, StrongBox<IcuSession?>> Sessions = new();

    public static IcuSession? Current
    {
        get => Slot()?.Value;
        set
        {
            var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("No runspace on this thread.");
            Sessions.GetValue(runspace, _ => new StrongBox<IcuSession?>()).Value = value;
        }
    }

    private static StrongBox<IcuSession?>? Slot() =>
        Runspace.DefaultRunspace is { } runspace && Sessions.TryGetValue(runspace, out var slot) ? slot : null;
}
