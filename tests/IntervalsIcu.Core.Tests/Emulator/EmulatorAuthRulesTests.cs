using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>The real server's credential rules (api-facts §2–3), one test per rule, with a plain HttpClient.</summary>
public sealed class EmulatorAuthRulesTests : IClassFixture<EmulatorFixture>
{
    private const string AthletePath = "/api/v1/athlete/0";
    private readonly EmulatorFixture _emulator;

    public EmulatorAuthRulesTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    private HttpClient Client => _emulator.Client;

    [Fact]
    public async Task Emulator_NoAuthorizationHeader_Answers401Unauthorized()
    {
        using var response = await GetAsync(Client, AthletePath, authorization: null);

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_BasicWithUserApiKeyAndTheKeyAsPassword_Answers200ForTheKeysAthlete()
    {
        using var response = await GetAsync(Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.DemoAthleteId, (await ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Emulator_BasicSchemeNameInLowerCase_IsAccepted()
    {
        using var response = await GetAsync(Client, AthletePath, "basic" + ApiKey(DemoData.DemoApiKey)["Basic".Length..]);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_BasicWithBase64WithoutPadding_IsAcceptedLikeJavasDecoder()
    {
        var unpadded = ApiKey(DemoData.DemoApiKey).TrimEnd('=');
        Assert.NotEqual(ApiKey(DemoData.DemoApiKey), unpadded);

        using var response = await GetAsync(Client, AthletePath, unpadded);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_BasicWithTrailingBytesAfterPadding_Answers500WithJavaIllegalArgumentException()
    {
        // Only "API_KEY" base64-encoded, then ":key" appended in clear: the shape of the forum report (t/609 post 355).
        using var response = await GetAsync(Client, AthletePath, "Basic QVBJX0tFWQ==:" + DemoData.DemoApiKey);

        await AssertApiErrorAsync(
            response, 500, "java.lang.IllegalArgumentException: Input byte array has incorrect ending byte at 12");
    }

    [Theory]
    [InlineData("Basic QVBJ*0tFWQ==", "Illegal base64 character 2a")]
    [InlineData("Basic QVBJX0tFWQ=", "Input byte array has wrong 4-byte ending unit")]
    [InlineData("Basic QVBJX", "Last unit does not have enough valid bits")]
    [InlineData("Basic Q", "Input byte[] should at least have 2 bytes for base64 bytes")]
    public async Task Emulator_BasicThatIsNotBase64_Answers500WithJavasDecoderMessage(string header, string javaMessage)
    {
        using var response = await GetAsync(Client, AthletePath, header);

        await AssertApiErrorAsync(response, 500, "java.lang.IllegalArgumentException: " + javaMessage);
    }

    [Fact]
    public async Task Emulator_BasicWithKeyAsUserName_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, Basic(DemoData.DemoApiKey, DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BasicWithKeyAsUserNameAndNoPassword_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, Basic(DemoData.DemoApiKey, string.Empty));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BasicWithAthleteIdAsUserName_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, Basic(DemoData.DemoAthleteId, DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BasicUserNameApiKeyInLowerCase_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, Basic("api_key", DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BasicWithEmptyPassword_Answers401Unauthorized()
    {
        using var response = await GetAsync(Client, AthletePath, Basic("API_KEY", string.Empty));

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_BasicWithoutColon_Answers401Unauthorized()
    {
        using var response = await GetAsync(Client, AthletePath, "Basic " + Convert.ToBase64String("API_KEY"u8.ToArray()));

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_BasicWithUnknownKey_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, ApiKey("emu0demo0nosuchkey0000000"));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Theory]
    [InlineData(" {0}")]
    [InlineData("{0} ")]
    [InlineData("'{0}'")]
    [InlineData("\"{0}\"")]
    public async Task Emulator_BasicWithKeyWithStraySpaceOrQuotes_Answers403AccessDenied(string keyFormat)
    {
        using var response = await GetAsync(Client, AthletePath, ApiKey(string.Format(keyFormat, DemoData.DemoApiKey)));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_RevokedApiKey_Answers403AccessDenied()
    {
        const string RegeneratedKey = "emu0test0regenerated00001";
        _emulator.Server.State.AddApiKey(DemoData.DemoAthleteId, RegeneratedKey);
        using (var before = await GetAsync(Client, AthletePath, ApiKey(RegeneratedKey)))
        {
            Assert.Equal(200, (int)before.StatusCode);
        }

        Assert.True(_emulator.Server.State.RevokeApiKey(RegeneratedKey));
        using var after = await GetAsync(Client, AthletePath, ApiKey(RegeneratedKey));

        await AssertApiErrorAsync(after, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BearerWithApiKey_Answers403AccessDenied()
    {
        using var response = await GetAsync(Client, AthletePath, Bearer(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_BearerWithUnknownToken_Answers401Unauthorized()
    {
        using var response = await GetAsync(Client, AthletePath, Bearer("emu0oauth0nosuchtoken00000000009"));

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_BearerWithRevokedToken_Answers401Unauthorized()
    {
        const string Token = "emu0oauth0test0revoked0000000001";
        _emulator.Server.State.AddAccessToken(DemoData.DemoAthleteId, Token, OAuthScopes.SettingsRead);
        _emulator.Server.State.RevokeAccessToken(Token);

        using var response = await GetAsync(Client, AthletePath, Bearer(Token));

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_BearerWithValidToken_Answers200ForTheTokensAthlete()
    {
        using var response = await GetAsync(Client, AthletePath, Bearer(DemoData.ReadAllToken));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.DemoAthleteId, (await ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Emulator_ApiKeySchemeFromSkillDocs_Answers401Unauthorized()
    {
        using var response = await GetAsync(Client, AthletePath, "ApiKey API_KEY:" + DemoData.DemoApiKey);

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_UnknownPathWithoutCredentials_Answers401BeforeLookingForThePath()
    {
        using var response = await GetAsync(Client, "/api/v1/athlete/0/fitness", authorization: null);

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_UnknownPathWithKeyAsBearer_Answers403BeforeLookingForThePath()
    {
        using var response = await GetAsync(Client, "/api/v1/athlete/0/fitness", Bearer(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }
}
