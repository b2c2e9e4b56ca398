using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Input;

namespace IntervalsIcu.Core.Tests.Input;

/// <summary>Athlete ids (api-forum-facts §2): 0, i12345, and the all-digit ids some accounts have.</summary>
public sealed class AthleteIdTests
{
    [Theory]
    [InlineData(null, "0")]
    [InlineData("", "0")]
    [InlineData("0", "0")]
    [InlineData("i100001", "i100001")]
    [InlineData("2049587", "2049587")]
    public void Check_WellFormedIds_AreAcceptedAsGiven(string? raw, string expected)
    {
        var result = AthleteId.Check(raw);

        Assert.Equal(expected, result.GetValueOrThrow());
        Assert.Empty(result.Corrections);
    }

    [Theory]
    [InlineData(" i100001 ", "i100001")]
    [InlineData("I100001", "i100001")]
    [InlineData("https://intervals.icu/athlete/i100001/activities", "i100001")]
    public void Check_FixableIds_AreCorrectedWithAWarning(string raw, string expected)
    {
        var result = AthleteId.Check(raw);

        Assert.Equal(expected, result.GetValueOrThrow());
        Assert.NotEmpty(result.Corrections);
    }

    [Theory]
    [InlineData("alex")]
    [InlineData("i12a45")]
    [InlineData("alex@example.com")]
    public void Check_Malformed_IsRefusedWithTheFix(string raw)
    {
        var problem = Assert.IsType<IcuInvalidAthleteIdException>(AthleteId.Check(raw).Problem);

        Assert.Equal("IcuInvalidAthleteId", problem.ErrorId);
        Assert.Contains("i12345", problem.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LongMalformedValue_IsNotEchoedBecauseItMayBeAKey()
    {
        const string pastedKey = "4x9kq2m7r5t8w3z6b1n0p4s7";

        var problem = AthleteId.Check(pastedKey).Problem!;

        Assert.DoesNotContain(pastedKey, problem.Message, StringComparison.Ordinal);
    }
}
