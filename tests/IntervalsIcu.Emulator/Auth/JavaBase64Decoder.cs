using System.Globalization;
using System.Text;

namespace IntervalsIcu.Emulator.Auth;

/// <summary>
/// A port of <c>java.util.Base64.getDecoder().decode(String)</c>, error messages included. The real server
/// hands a malformed Basic header to that decoder and answers 500 with the exception text
/// (api-facts §3; forum t/609 post 355), so the emulator must reproduce both what Java accepts (missing
/// padding is fine) and what it says when it refuses.
/// </summary>
internal static class JavaBase64Decoder
{
    private const int NotBase64 = -1;
    private const int Padding = -2;

    public static bool TryDecode(string text, out byte[] decoded, out string errorMessage)
    {
        // Java's decode(String) takes the ISO-8859-1 bytes of the string; unmappable characters become '?'.
        var source = Encoding.Latin1.GetBytes(text);
        decoded = [];
        errorMessage = string.Empty;
        if (source.Length == 0)
        {
            return true;
        }

        if (source.Length < 2)
        {
            errorMessage = "Input byte[] should at least have 2 bytes for base64 bytes";
            return false;
        }

        var output = new List<byte>(source.Length);
        int position = 0, bits = 0, shift = 18;
        while (position < source.Length)
        {
            var value = ValueOf(source[position++]);
            if (value < 0)
            {
                if (value == Padding)
                {
                    // "=" where no padding can be, "x=" dangling, or "xx=" not followed by a second "=".
                    if ((shift == 6 && (position == source.Length || source[position++] != '=')) || shift == 18)
                    {
                        errorMessage = "Input byte array has wrong 4-byte ending unit";
                        return false;
                    }

                    break;
                }

                errorMessage = "Illegal base64 character " + JavaHex(unchecked((sbyte)source[position - 1]));
                return false;
            }

            bits |= value << shift;
            shift -= 6;
            if (shift < 0)
            {
                output.Add((byte)(bits >> 16));
                output.Add((byte)(bits >> 8));
                output.Add((byte)bits);
                shift = 18;
                bits = 0;
            }
        }

        if (shift == 6)
        {
            output.Add((byte)(bits >> 16));
        }
        else if (shift == 0)
        {
            output.Add((byte)(bits >> 16));
            output.Add((byte)(bits >> 8));
        }
        else if (shift == 12)
        {
            errorMessage = "Last unit does not have enough valid bits";
            return false;
        }

        if (position < source.Length)
        {
            errorMessage = "Input byte array has incorrect ending byte at " + position.ToString(CultureInfo.InvariantCulture);
            return false;
        }

        decoded = output.ToArray();
        return true;
    }

    private static int ValueOf(byte character) => character switch
    {
        >= (byte)'A' and <= (byte)'Z' => character - 'A',
        >= (byte)'a' and <= (byte)'z' => character - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => character - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        (byte)'=' => Padding,
        _ => NotBase64,
    };

    // Java prints the signed byte with Integer.toString(b, 16): 0xC3 becomes "-3d".
    private static string JavaHex(sbyte value) =>
        value < 0 ? "-" + (-value).ToString("x", CultureInfo.InvariantCulture) : value.ToString("x", CultureInfo.InvariantCulture);
}
