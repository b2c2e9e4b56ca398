namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>How the cmdlets behave in a pipeline, seen from the server: early stops, Ctrl+C, binding by property name.</summary>
public sealed class PipelineTests(HostedEmulatorFixture fixture) : IClassFixture<HostedEmulatorFixture>
{
    private const string ActivityList = "/activities";

    [Fact]
    public void GetIcuActivity_SelectFirst_StopsBeforeReadingTheRestOfTheRange()
    {
        var server = fixture.Fresh();

        // 26 years is about a hundred 90-day windows; the first activity is in the first one.
        var run = fixture.Module.Run("Get-IcuActivity -Oldest 2000-01-01 | Select-Object -First 1 | ForEach-Object { $Requests.Count('GET', '/activities') }");

        Assert.Null(run.Terminating);
        var requestsWhenTheFirstObjectArrived = Assert.Single(run.Output).BaseObject;
        Assert.InRange((int)requestsWhenTheFirstObjectArrived, 1, 3);
        Assert.InRange(server.Requests.Count("GET", ActivityList), 1, 3);
    }

    [Fact]
    public void GetIcuActivity_Stopped_EndsThePipelineAndSendsNoMoreRequests()
    {
        var server = fixture.Fresh();

        var run = fixture.Module.RunAndStop("Get-IcuActivity -Oldest 2000-01-01", TimeSpan.FromSeconds(60));
        var requestsWhenStopped = server.Requests.Count("GET", ActivityList);
        Thread.Sleep(TimeSpan.FromMilliseconds(500));

        Assert.Equal(System.Management.Automation.PSInvocationState.Stopped, run.State);
        Assert.InRange(server.Requests.Count("GET", ActivityList), requestsWhenStopped, requestsWhenStopped + 1);
        Assert.True(requestsWhenStopped < 20, $"{requestsWhenStopped} window requests before the stop took effect");
    }

    [Fact]
    public void RemoveIcuActivity_BindsIdsByPropertyName_AndDeletesExactlyThose()
    {
        var ids = fixture.Module.Run("Get-IcuActivity -Oldest 2000-01-01 -Limit 2 | ForEach-Object Id").Output.Select(id => id.ToString()).ToList();
        Assert.Equal(2, ids.Count);
        var server = fixture.Fresh();

        var run = fixture.Module.Run("Get-IcuActivity -Id " + string.Join(',', ids) + " | Remove-IcuActivity -Confirm:$false");

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        var deleted = server.Requests.All.Where(request => request.Method == "DELETE").Select(request => request.Path).ToList();
        Assert.Equal(ids.Select(id => $"/api/v1/activity/{id}").Order(), deleted.Order());
    }
}
