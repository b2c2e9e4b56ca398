using System.Text.Json.Nodes;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>What the upload tests share: a fresh athlete per test, rows written like CSV cells, and a look at the server's days and the bodies sent.</summary>
public abstract class WellnessUploadTestBase : IClassFixture<EmulatorFixture>
{
    protected WellnessUploadTestBase(EmulatorFixture fixture)
    {
        Emulator = fixture.Fresh();
        (AthleteId, ApiKey) = WellnessTestAthletes.Add(Emulator);
    }

    protected EmulatorServer Emulator { get; }

    protected string AthleteId { get; }

    protected string ApiKey { get; }

    protected CapturingLog Log { get; } = new();

    /// <summary>A row as Import-Csv gives it: every value text, blank cells as "".</summary>
    protected static WellnessRow Row(string date, params (string Field, object? Value)[] values) =>
        new() { Date = date, Fields = values.ToDictionary(value => value.Field, value => value.Value), Source = "source of " + date };

    protected static IEnumerable<DateOnly> Days(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddDays);

    protected Task<IcuSession> SessionAsync() => Connect.SessionAsync(Connect.WithKey(Emulator.BaseUri, ApiKey), options: TestOptions.Fast);

    protected async Task<WellnessUploadReport> UploadAsync(IReadOnlyList<WellnessRow> rows, WellnessUploadOptions? options = null)
    {
        using var session = await SessionAsync();
        Emulator.Requests.Clear();
        return await WellnessUploader.UploadAsync(session, rows, options ?? new WellnessUploadOptions(), Log, CancellationToken.None);
    }

    /// <summary>Puts a day on the server as if the athlete or a device had entered it.</summary>
    protected void Seed(string date, JsonObject fields)
    {
        fields["id"] = date;
        Emulator.State.Wellness.Add(AthleteId, fields);
    }

    protected JsonObject? ServerDay(string date) =>
        Emulator.State.Wellness.List(AthleteId, DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).SingleOrDefault();

    protected int ServerDayCount => Emulator.State.Wellness.Count(AthleteId);

    protected int Requests(string method, string pathContains) => Emulator.Requests.Count(method, pathContains);

    /// <summary>The days of every bulk PUT body, in the order sent.</summary>
    protected IReadOnlyList<JsonObject> SentDays() =>
        Emulator.Requests.All
            .Where(request => request.Method == "PUT" && request.Path.EndsWith("/wellness-bulk", StringComparison.Ordinal) && request.StatusCode == 200)
            .SelectMany(request => JsonNode.Parse(request.Body)!.AsArray().Select(day => day!.AsObject()))
            .ToList();
}
