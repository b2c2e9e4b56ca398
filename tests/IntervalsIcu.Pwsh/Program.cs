namespace IntervalsIcu.Pwsh;

/// <summary>pwsh itself: the SDK's console host with pwsh's command line.</summary>
public static class Program
{
    public static int Main(string[] args) => Microsoft.PowerShell.UnmanagedPSEntry.Start(args, args.Length);
}
