using System.Text.Json;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Requests;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Requests;

/// <summary>Sending through the session's client and reading the answer, against the emulator.</summary>
public sealed class IcuRequestInvokerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task Invoke_JsonArray_YieldsEachElement()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var items = await InvokeAsync(session, new() { OperationId = "listActivities", Query = new Dictionary<string, object?> { ["oldest"] = "2000-01-01", ["limit"] = 3 } });

        Assert.Equal(3, items.Count);
        Assert.All(items, item => Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(item).ValueKind));
    }

    [Fact]
    public async Task Invoke_AnswerThatHoldsTheKey_NeverYieldsIt_RawIncluded()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var decoded = Assert.IsType<JsonElement>(Assert.Single(await InvokeAsync(session, new() { OperationId = "getAthlete" })));
        var raw = Assert.IsType<string>(Assert.Single(await InvokeAsync(session, new() { OperationId = "getAthlete" }, raw: true)));

        Assert.False(decoded.TryGetProperty("icu_api_key", out _));
        Assert.True(decoded.TryGetProperty("name", out _));
        Assert.DoesNotContain(DemoData.DemoApiKey, decoded.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.DemoApiKey, raw, StringComparison.Ordinal);
        Assert.Contains("\"name\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_PostThatMeets503_IsNeverReplayed_WhileAGetIsRetried()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        emulator.Requests.Clear();

        emulator.Faults.FailNext(1, 503, "/gear");
        await Assert.ThrowsAsync<IcuServerException>(() => InvokeAsync(session, new() { OperationId = "createGear", Body = """{"name":"Bike"}""" }));
        emulator.Faults.FailNext(1, 503, "/gear");
        var listed = await InvokeAsync(session, new() { OperationId = "listGear" });

        Assert.Equal(1, emulator.Requests.Count("POST", "/gear"));
        Assert.Equal(2, emulator.Requests.Count("GET", "/gear"));
        Assert.NotEmpty(listed);
    }

    [Fact]
    public async Task Invoke_OutFile_SavesTheBody_AndYieldsTheFile()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var path = Path.Combine(Path.GetTempPath(), $"icu-invoke-{Guid.NewGuid():N}.csv");
        try
        {
            var file = Assert.IsType<FileInfo>(Assert.Single(await InvokeAsync(session, new() { OperationId = "downloadActivitiesAsCSV", OutFile = path })));

            Assert.Equal(path, file.FullName);
            Assert.StartsWith("id,", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
            Assert.False(File.Exists(path + ".partial"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Invoke_CsvAnswer_YieldsTheText()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var text = Assert.IsType<string>(Assert.Single(await InvokeAsync(session, new() { OperationId = "listGear", PathParameters = new Dictionary<string, object?> { ["ext"] = ".csv" } })));

        Assert.StartsWith("id,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ServerRefusal_IsTheTypedErrorOfEveryCmdlet()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var error = await Assert.ThrowsAsync<IcuNotFoundException>(() => InvokeAsync(session, new() { OperationId = "getActivity", PathParameters = new Dictionary<string, object?> { ["id"] = "i1" } }));

        Assert.Equal(404, error.StatusCode);
    }

    private async Task<List<object>> InvokeAsync(IcuSession session, IcuRequestInput input, bool raw = false)
    {
        var prepared = IcuRequestPreparer.Prepare(input, session.AthleteId, log);
        var items = new List<object>();
        await foreach (var item in IcuRequestInvoker.InvokeAsync(session, prepared, raw, log, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
