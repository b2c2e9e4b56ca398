using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>Which athlete ids a credential may put in a path (api-facts §2.2).</summary>
public sealed class EmulatorAthleteIdRulesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public EmulatorAthleteIdRulesTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    [Theory]
    [InlineData(DemoData.DemoApiKey, DemoData.DemoAthleteId)]
    [InlineData(DemoData.CoachApiKey, DemoData.CoachAthleteId)]
    [InlineData(DemoData.DigitsApiKey, DemoData.DigitsAthleteId)]
    public async Task Emulator_AthleteIdZero_MeansTheCredentialsOwnAthlete(string key, string expectedAthleteId)
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(key));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(expectedAthleteId, (await ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Emulator_OwnAthleteId_Answers200()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/i100001", ApiKey(DemoData.DemoApiKey));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_AllDigitAthleteId_IsARealIdForItsOwner()
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{DemoData.DigitsAthleteId}", ApiKey(DemoData.DigitsApiKey));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.DigitsAthleteId, (await ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Emulator_AllDigitAthleteIdWithAnIPrefix_IsAnotherAthleteAnd403()
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/i{DemoData.DigitsAthleteId}", ApiKey(DemoData.DigitsApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_OwnIdWithoutTheIPrefix_IsAnotherAthleteAnd403()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/100001", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_AnotherAthletesId_Answers403AccessDenied()
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{DemoData.CoachedRunnerId}", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_UnknownAthleteId_Answers403AccessDenied()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/i999999", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Theory]
    [InlineData(DemoData.DemoAthleteId)]
    [InlineData(DemoData.CoachedRunnerId)]
    public async Task Emulator_CoachUsingCoachedAthletesId_GetsThatAthlete(string coachedId)
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{coachedId}", ApiKey(DemoData.CoachApiKey));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(coachedId, (await ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Emulator_CoachedAthleteUsingTheCoachsId_Answers403AccessDenied()
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{DemoData.CoachAthleteId}", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_CoachUsingAnUncoachedAthletesId_Answers403AccessDenied()
    {
        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{DemoData.DigitsAthleteId}", ApiKey(DemoData.CoachApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_AthleteIdRule_AppliesToEveryAthleteRoute()
    {
        string[] paths =
        [
            "/api/v1/athlete/i100003/profile",
            "/api/v1/athlete/i100003/activities?oldest=2024-01-01",
            "/api/v1/athlete/i100003/wellness",
            "/api/v1/athlete/i100003/events",
        ];

        foreach (var path in paths)
        {
            using var response = await GetAsync(_emulator.Client, path, ApiKey(DemoData.DemoApiKey));
            await AssertApiErrorAsync(response, 403, "Access denied");
        }
    }
}
