using System.Text;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Auth;

/// <summary>What users paste as a key (api-forum-facts §1), and what the module makes of it.</summary>
public sealed class CredentialHygieneTests
{
    private const string Key = "4x9kq2m7r5t8w3z6b1n0p4s7";

    [Theory]
    [InlineData("  " + Key + "  ", CredentialIssueKind.SurroundingWhitespace)]
    [InlineData(Key + "\r\n", CredentialIssueKind.SurroundingNewline)]
    [InlineData("\"" + Key + "\"", CredentialIssueKind.SurroundingQuotes)]
    [InlineData("'" + Key + "'", CredentialIssueKind.SurroundingQuotes)]
    [InlineData("\u201C" + Key + "\u201D", CredentialIssueKind.SurroundingQuotes)]
    [InlineData("\uFEFF" + Key, CredentialIssueKind.SurroundingWhitespace)]
    public void ApiKey_StraySpacesQuotesOrNewlines_AreTrimmedWithAWarning(string pasted, CredentialIssueKind expected)
    {
        var issues = new List<CredentialIssue>();
        var checkedKey = IcuCredential.Check(Secrets.Secure(pasted), IcuAuthScheme.ApiKey, issues);

        Assert.Null(checkedKey.Problem);
        Assert.Equal(Key, KeyOf(checkedKey.Value!));
        Assert.Contains(issues, i => i.Kind == expected && !i.IsProblem);
        Assert.NotEmpty(checkedKey.Corrections);
        Assert.All(checkedKey.Corrections, c => Assert.DoesNotContain(Key, c, StringComparison.Ordinal));
    }

    [Fact]
    public void ApiKey_PastedAsApiKeyColonPair_TakesTheKeyAfterTheColon()
    {
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.Check(Secrets.Secure("API_KEY:" + Key), IcuAuthScheme.ApiKey, issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        Assert.Contains(issues, i => i.Kind == CredentialIssueKind.PastedUserPasswordPair);
    }

    [Fact]
    public void ApiKey_PastedAsWholeBasicHeader_TakesTheKeyFromIt()
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("API_KEY:" + Key));
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.Check(Secrets.Secure(header), IcuAuthScheme.ApiKey, issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        Assert.Contains(issues, i => i.Kind == CredentialIssueKind.PastedBasicHeader);
        Assert.DoesNotContain(issues, i => i.Kind == CredentialIssueKind.UserNameIgnored);
    }

    [Fact]
    public void ApiKey_PastedBasicHeaderWithAthleteIdAsUserName_TakesKeyAndSaysUserNameIgnored()
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("i100001:" + Key));
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.Check(Secrets.Secure(header), IcuAuthScheme.ApiKey, issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        Assert.Contains(issues, i => i.Kind == CredentialIssueKind.UserNameIgnored);
    }

    [Fact]
    public void ApiKey_PastedAsBearerHeader_TakesTheKeyAndExplainsBasic()
    {
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.Check(Secrets.Secure("Bearer " + Key), IcuAuthScheme.ApiKey, issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        Assert.Equal(IcuAuthScheme.ApiKey, credential.Scheme);
        var issue = Assert.Single(issues, i => i.Kind == CredentialIssueKind.PastedBearerHeader);
        Assert.Contains("Basic", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiKey_BasicHeaderWithBrokenBase64_IsAProblemNotSentToTheServer()
    {
        // The forum's 500 IllegalArgumentException came from a hand-built header with bad base64 (t/609 post 355).
        var result = IcuCredential.Check(Secrets.Secure("Basic QVBJX0tFWTp%%%"), IcuAuthScheme.ApiKey);

        var problem = Assert.IsType<IcuInvalidCredentialException>(result.Problem);
        Assert.Equal("IcuInvalidCredential", problem.ErrorId);
    }

    [Theory]
    [InlineData("i100001", CredentialIssueKind.LooksLikeAthleteId)]
    [InlineData("2049587", CredentialIssueKind.LooksLikeAthleteId)]
    [InlineData("0", CredentialIssueKind.LooksLikeAthleteId)]
    [InlineData("alex@example.com", CredentialIssueKind.LooksLikeEmailAddress)]
    [InlineData("API_KEY", CredentialIssueKind.IsLiteralUserName)]
    [InlineData("   ", CredentialIssueKind.Empty)]
    [InlineData("4x9kq2m7r5t8 w3z6b1n0p4s7", CredentialIssueKind.InnerWhitespace)]
    [InlineData("4x9kq2m7r5t8\nw3z6b1n0p4s7", CredentialIssueKind.InnerWhitespace)]
    public void ApiKey_ThatCannotBeAKey_IsRefusedBeforeAnyRequest(string pasted, CredentialIssueKind expected)
    {
        var issues = new List<CredentialIssue>();
        var result = IcuCredential.Check(Secrets.Secure(pasted), IcuAuthScheme.ApiKey, issues);

        Assert.Null(result.Value);
        Assert.IsType<IcuInvalidCredentialException>(result.Problem);
        Assert.Contains(issues, i => i.Kind == expected && i.IsProblem);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem!.FixHint));
    }

    [Theory]
    [InlineData("abc\u2013def123456")]
    [InlineData("abcd\u00E9f123456")]
    [InlineData("\u0430bcdef123456")]
    public void ApiKey_WithANonAsciiCharacter_IsAKeyHygieneProblemNotANetworkFailure(string pasted)
    {
        var issues = new List<CredentialIssue>();

        var result = IcuCredential.Check(Secrets.Secure(pasted), IcuAuthScheme.ApiKey, issues);

        var problem = Assert.IsType<IcuInvalidCredentialException>(result.Problem);
        Assert.Contains(issues, issue => issue.Kind == CredentialIssueKind.NonAscii && issue.IsProblem);
        Assert.Contains("ASCII", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credential_UserNameAndPasswordSwapped_KeyTakenFromUserName()
    {
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.CheckUserNameAndPassword(Key, Secrets.Secure("API_KEY"), issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        Assert.Contains(issues, i => i.Kind == CredentialIssueKind.SwappedUserNameAndPassword);
        Assert.All(issues, i => Assert.DoesNotContain(Key, i.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i100001")]
    [InlineData("alex@example.com")]
    public void Credential_UserNameNotApiKey_IsIgnoredWithAWarningThatDoesNotEchoIt(string userName)
    {
        // Forum: people put their athlete id or login in the user name (t/609 page 29, FAQ t/123707).
        var issues = new List<CredentialIssue>();
        var credential = IcuCredential.CheckUserNameAndPassword(userName, Secrets.Secure(Key), issues).GetValueOrThrow();

        Assert.Equal(Key, KeyOf(credential));
        var issue = Assert.Single(issues, i => i.Kind == CredentialIssueKind.UserNameIgnored);
        Assert.DoesNotContain(userName, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credential_UserNameApiKey_HasNoIssues()
    {
        var issues = new List<CredentialIssue>();
        IcuCredential.CheckUserNameAndPassword("API_KEY", Secrets.Secure(Key), issues).GetValueOrThrow();

        Assert.Empty(issues);
    }

    [Fact]
    public void ApiKey_Header_IsBasicWithLiteralUserNameApiKey()
    {
        var credential = IcuCredential.Check(Secrets.Secure(Key), IcuAuthScheme.ApiKey).GetValueOrThrow();

        var header = credential.CreateAuthorizationHeader();

        Assert.Equal("Basic", header.Scheme);
        Assert.Equal("API_KEY:" + Key, Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter!)));
    }

    [Fact]
    public void AccessToken_Header_IsBearer()
    {
        var credential = IcuCredential.Check(Secrets.Secure("tok_abc123"), IcuAuthScheme.AccessToken).GetValueOrThrow();

        var header = credential.CreateAuthorizationHeader();

        Assert.Equal("Bearer", header.Scheme);
        Assert.Equal("tok_abc123", header.Parameter);
    }

    [Fact]
    public void Fingerprint_IsEightHexDigitsStableAndDifferentPerKey()
    {
        var first = IcuCredential.Check(Secrets.Secure(Key), IcuAuthScheme.ApiKey).GetValueOrThrow();
        var again = IcuCredential.Check(Secrets.Secure("  " + Key + "\n"), IcuAuthScheme.ApiKey).GetValueOrThrow();
        var other = IcuCredential.Check(Secrets.Secure(Key[..^1] + "x"), IcuAuthScheme.ApiKey).GetValueOrThrow();

        Assert.Matches("^[0-9a-f]{8}$", first.Fingerprint);
        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
        Assert.DoesNotContain(first.Fingerprint, Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Credential_ToString_ShowsSchemeAndFingerprintOnly()
    {
        var credential = IcuCredential.Check(Secrets.Secure(Key), IcuAuthScheme.ApiKey).GetValueOrThrow();

        var text = credential.ToString();

        Assert.Contains(credential.Fingerprint, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithScheme_KeepsTheSecretAndFingerprint()
    {
        var credential = IcuCredential.Check(Secrets.Secure(Key), IcuAuthScheme.ApiKey).GetValueOrThrow();

        using var asBearer = credential.WithScheme(IcuAuthScheme.AccessToken);

        Assert.Equal(IcuAuthScheme.AccessToken, asBearer.Scheme);
        Assert.Equal(credential.Fingerprint, asBearer.Fingerprint);
        Assert.Equal(Key, asBearer.CreateAuthorizationHeader().Parameter);
    }

    private static string KeyOf(IcuCredential credential)
    {
        var encoded = credential.CreateAuthorizationHeader().Parameter!;
        return Encoding.UTF8.GetString(Convert.FromBase64String(encoded))["API_KEY:".Length..];
    }
}
