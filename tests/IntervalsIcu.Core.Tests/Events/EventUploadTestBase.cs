using System.Text.Json.Nodes;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Tests.Wellness;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Events;

/// <summary>A fresh athlete with its own key per test, a session for it, and request counting.</summary>
public abstract class EventUploadTestBase : IClassFixture<EmulatorFixture>
{
    protected EventUploadTestBase(EmulatorFixture fixture, string timezone = "Europe/Berlin")
    {
        Emulator = fixture.Fresh();
        (AthleteId, ApiKey) = WellnessTestAthletes.Add(Emulator, timezone);
    }

    protected EmulatorServer Emulator { get; }

    protected string AthleteId { get; }

    protected string ApiKey { get; }

    protected CapturingLog Log { get; } = new();

    protected Task<IcuSession> SessionAsync() => Connect.SessionAsync(Connect.WithKey(Emulator.BaseUri, ApiKey), options: TestOptions.Fast);

    /// <summary>A plan row as Import-Csv gives it: every value text.</summary>
    protected static EventRow Row(string date, string name, string? externalId, string description = "- 30m 60%") =>
        new() { Date = date, Name = name, ExternalId = externalId, Type = "Ride", Description = description, Source = name };

    /// <summary>n daily workouts from <paramref name="first"/>, external ids "prefix-1" to "prefix-n".</summary>
    protected static List<EventRow> Plan(DateOnly first, int count, string prefix) =>
        Enumerable.Range(1, count)
            .Select(n => Row(first.AddDays(n - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Workout " + n, prefix + "-" + n, $"- {10 + (n % 5)}m 6{n % 10}%"))
            .ToList();

    protected async Task<EventUploadReport> UploadAsync(IReadOnlyList<EventRow> rows, EventUploadOptions? options = null)
    {
        using var session = await SessionAsync();
        Emulator.Requests.Clear();
        return await EventUploader.UploadAsync(session, rows, options ?? new EventUploadOptions(), Log, CancellationToken.None);
    }

    protected IReadOnlyList<JsonObject> Calendar(string oldest = "2000-01-01", string newest = "2100-01-01") =>
        Emulator.State.Events.List(AthleteId, DateTime.Parse(oldest, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(newest, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).AddTicks(-1));

    protected int Requests(string method, string pathContains) => Emulator.Requests.Count(method, pathContains);

    protected int Writes => Emulator.Requests.All.Count(request => request.Method is "POST" or "PUT" or "DELETE");
}
