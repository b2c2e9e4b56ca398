using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Events;

/// <summary>
/// A date-only row is that day on the athlete's calendar whatever the machine's zone: an athlete in
/// Pacific/Auckland (UTC+13 in March) planned from a machine in America/Los_Angeles (UTC-7), 20 hours apart.
/// </summary>
[Collection(MachineTimeZoneCollection.Name)]
public sealed class EventDateTests(EmulatorFixture fixture) : EventUploadTestBase(fixture, "Pacific/Auckland")
{
    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Utc)]
    public async Task ADateOnlyRow_IsThatDayOnTheAthletesCalendar_WhateverTheMachinesZone(DateTimeKind kind)
    {
        using var machine = new MachineTimeZoneScope("America/Los_Angeles");
        Assert.Equal(TimeSpan.FromHours(-7), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2031, 3, 15, 12, 0, 0, DateTimeKind.Unspecified)));
        var externalId = "tz-" + kind;

        await UploadAsync([new EventRow { Date = new DateTime(2031, 3, 15, 0, 0, 0, kind), Name = "Long ride", ExternalId = externalId, Type = "Ride" }]);

        Assert.Equal("2031-03-15T00:00:00", Calendar().Single(e => e["external_id"]!.GetValue<string>() == externalId)["start_date_local"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATimeOfDay_StaysWallClockLocal_AndADateTimeOffsetKeepsItsOwnClock()
    {
        using var machine = new MachineTimeZoneScope("America/Los_Angeles");

        await UploadAsync(
        [
            new EventRow { Date = "2031-03-16", Time = "06:30", Name = "Early", ExternalId = "tz-time", Type = "Run" },
            new EventRow { Date = new DateTimeOffset(2031, 3, 17, 18, 0, 0, TimeSpan.FromHours(2)), Name = "Evening", ExternalId = "tz-offset", Type = "Run" },
        ]);

        var calendar = Calendar();
        Assert.Equal("2031-03-16T06:30:00", calendar.Single(e => e["external_id"]!.GetValue<string>() == "tz-time")["start_date_local"]!.GetValue<string>());
        Assert.Equal("2031-03-17T18:00:00", calendar.Single(e => e["external_id"]!.GetValue<string>() == "tz-offset")["start_date_local"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListWithoutDates_LeavesTodayToTheServer_SoItIsTheAthletesToday()
    {
        using var machine = new MachineTimeZoneScope("America/Los_Angeles");
        using var session = await SessionAsync();
        Emulator.Requests.Clear();

        await foreach (var _ in EventCalendar.ListAsync(session, null, null, [], false, Log, CancellationToken.None))
        {
        }

        var sent = Emulator.Requests.All.Single(request => request.Method == "GET");
        Assert.DoesNotContain("oldest", sent.Path + sent.QueryString, StringComparison.Ordinal);
    }
}
