namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// ShouldProcess the PowerShell way, proven by the emulator's own request log: GET never asks, PUT and
/// POST honour -WhatIf without asking by default, DELETE asks by default (here, with no one to answer,
/// it is not sent) unless -Confirm:$false or $ConfirmPreference = 'None'.
/// </summary>
public sealed class InvokeIcuRequestConfirmationTests(HostedEmulatorFixture fixture) : IClassFixture<HostedEmulatorFixture>
{
    private const string Put = "Invoke-IcuRequest -Operation updateGear -PathParameter @{ gearId = 'g1' } -Body @{ name = 'Renamed' }";
    private const string Post = "Invoke-IcuRequest -Operation createGear -Body @{ name = 'New' }";
    private const string Delete = "Invoke-IcuRequest -Operation deleteGear -PathParameter @{ gearId = 'g1' }";

    [Theory]
    [InlineData(Put)]
    [InlineData(Post)]
    [InlineData(Delete)]
    public void WhatIf_SendsNothing(string command)
    {
        var (server, run) = Run(command + " -WhatIf");

        Assert.Empty(run.Errors);
        Assert.Equal(0, server.Requests.Count());
    }

    [Theory]
    [InlineData(Put, "PUT")]
    [InlineData(Post, "POST")]
    public void PutAndPost_AreSentWithoutAsking(string command, string method)
    {
        var (server, run) = Run(command);

        Assert.Empty(run.Errors);
        Assert.Null(run.Terminating);
        Assert.Equal(1, server.Requests.Count(method, "/gear"));
    }

    [Fact]
    public void Delete_AsksByDefault_SoWithNoOneToAnswerNothingIsDeleted()
    {
        var (server, run) = Run(Delete);

        Assert.True(run.Terminating is not null || run.Errors.Count > 0, "a DELETE ran without asking");
        Assert.Equal(0, server.Requests.Count("DELETE", "/gear"));
    }

    [Theory]
    [InlineData(Delete + " -Confirm:$false")]
    [InlineData("$ConfirmPreference = 'None'; " + Delete)]
    public void Delete_WithConfirmFalseOrConfirmPreferenceNone_IsSent(string command)
    {
        var (server, run) = Run(command);

        Assert.Empty(run.Errors);
        Assert.Null(run.Terminating);
        Assert.Equal(1, server.Requests.Count("DELETE", "/gear"));
    }

    [Fact]
    public void Get_NeverAsks_EvenWithWhatIf()
    {
        var (server, run) = Run("Invoke-IcuRequest -Operation listGear -WhatIf");

        Assert.Empty(run.Errors);
        Assert.NotEmpty(run.Output);
        Assert.Equal(1, server.Requests.Count("GET", "/gear"));
    }

    private (Emulator.EmulatorServer Server, HostedRun Run) Run(string command)
    {
        var server = fixture.Fresh();
        // Each command in its own scope, so $ConfirmPreference does not outlive its case.
        return (server, fixture.Module.Run("& { " + command + " }"));
    }
}
