namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// -WhatIf on every cmdlet that changes data: the server's own request log shows that nothing but reads
/// reached it, and the same command with -Confirm:$false does write (so the check can fail).
/// </summary>
public sealed class WhatIfTests(HostedEmulatorFixture fixture) : IClassFixture<HostedEmulatorFixture>
{
    public static TheoryData<string> WritingCommands() => new()
    {
        "Set-IcuWellness -Date 2024-03-01 -Weight 70.1 -RestingHR 47",
        "[pscustomobject]@{ Date = '2024-03-02'; Weight = '69.9' } | Set-IcuWellness",
        "Set-IcuActivity -Id (Get-IcuActivity -Limit 1).Id -Name 'Renamed by a test'",
        "Get-IcuActivity -Oldest 2000-01-01 -Limit 2 | Remove-IcuActivity",
    };

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void WhatIf_ReachesTheServerWithReadsOnly(string command)
    {
        var server = RunWithoutError(command + " -WhatIf");

        Assert.Empty(server.Requests.All.Where(request => request.Method != "GET").Select(request => $"{request.Method} {request.Path}"));
    }

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void ConfirmFalse_WritesWhatWhatIfOnlyDescribes(string command)
    {
        var server = RunWithoutError(command + " -Confirm:$false");

        Assert.Contains(server.Requests.All, request => request.Method is "PUT" or "POST" or "DELETE");
    }

    private Emulator.EmulatorServer RunWithoutError(string command)
    {
        var server = fixture.Fresh();
        var run = fixture.Module.Run(command);
        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        return server;
    }
}
