using IntervalsIcu.Emulator.Auth;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// The emulator's port of java.util.Base64's decoder against answers recorded from a real JDK 17
/// (<c>Base64.getDecoder().decode(s)</c>), because the server's 500 for a bad Basic header carries them.
/// </summary>
public sealed class JavaBase64DecoderTests
{
    [Theory]
    [InlineData("QVBJX0tFWQ==:emu0", "Input byte array has incorrect ending byte at 12")]
    [InlineData("QVBJ*0tFWQ==", "Illegal base64 character 2a")]
    [InlineData("QVBJX0tFWQ=", "Input byte array has wrong 4-byte ending unit")]
    [InlineData("QVBJX", "Last unit does not have enough valid bits")]
    [InlineData("Q", "Input byte[] should at least have 2 bytes for base64 bytes")]
    [InlineData("QVBJ=", "Input byte array has wrong 4-byte ending unit")]
    [InlineData("QVBJX0tFWQ=x", "Input byte array has wrong 4-byte ending unit")]
    [InlineData("QVBJX0tFWQ==X", "Input byte array has incorrect ending byte at 12")]
    [InlineData(" QVBJ", "Illegal base64 character 20")]
    [InlineData("QVBJ\u00c3", "Illegal base64 character -3d")]
    [InlineData("QVBJX0tFW=", "Last unit does not have enough valid bits")]
    [InlineData("Q===", "Last unit does not have enough valid bits")]
    [InlineData("QVB=A", "Input byte array has incorrect ending byte at 4")]
    public void JavaBase64Decoder_RefusesLikeTheJdk(string input, string expectedMessage)
    {
        Assert.False(JavaBase64Decoder.TryDecode(input, out _, out var message));
        Assert.Equal(expectedMessage, message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("QVBJX0tFWTp4", 9)]
    [InlineData("QVBJX0tFWTp", 8)]
    [InlineData("QVBJX0tFWQ==", 7)]
    [InlineData("QV==", 1)]
    [InlineData("QVBJX0tFWTplbXUwZGVtbzBhbGV4cmlkZXIwMDAwMDE=", 32)]
    public void JavaBase64Decoder_AcceptsLikeTheJdk(string input, int expectedLength)
    {
        Assert.True(JavaBase64Decoder.TryDecode(input, out var decoded, out _));
        Assert.Equal(expectedLength, decoded.Length);
    }
}
