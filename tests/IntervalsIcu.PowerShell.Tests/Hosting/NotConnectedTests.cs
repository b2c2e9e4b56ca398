using System.Management.Automation;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>Every cmdlet that needs a session stops with the public ErrorId IcuNotConnected when there is none.</summary>
public sealed class NotConnectedTests : IDisposable
{
    private readonly HostedModule module = new();

    public static TheoryData<string, string> SessionCommands() => new()
    {
        { "Get-IcuActivity", "Get-IcuActivity" },
        { "Get-IcuActivityStream", "Get-IcuActivityStream -Id i1" },
        { "Get-IcuAthlete", "Get-IcuAthlete" },
        { "Get-IcuWellness", "Get-IcuWellness" },
        { "Remove-IcuActivity", "Remove-IcuActivity -Id i1 -Confirm:$false" },
        { "Save-IcuActivityFile", "Save-IcuActivityFile -Id i1 -Path ([System.IO.Path]::GetTempPath())" },
        { "Set-IcuActivity", "Set-IcuActivity -Id i1 -Name x -Confirm:$false" },
        { "Set-IcuWellness", "Set-IcuWellness -Weight 70 -Confirm:$false" },
    };

    [Theory]
    [MemberData(nameof(SessionCommands))]
    public void WithoutSession_StopsWithIcuNotConnected(string cmdlet, string command)
    {
        // Only a terminating error reaches catch, and -ErrorAction SilentlyContinue does not hide it.
        var run = module.Run("Disconnect-Icu; try { " + command + " -ErrorAction SilentlyContinue; 'went on' } catch { $_ }");

        var record = Assert.IsType<ErrorRecord>(Assert.Single(run.Output).BaseObject);
        Assert.StartsWith("IcuNotConnected,", record.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidOperation, record.CategoryInfo.Category);
        Assert.Equal(cmdlet, record.InvocationInfo.MyCommand.Name);
        Assert.Contains("Connect-Icu", record.ErrorDetails?.RecommendedAction ?? record.Exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => module.Dispose();
}
