using System.Text;

namespace IntervalsIcu.PowerShell.Output;

/// <summary>
/// Breaks text into lines at spaces for the format file's table cells: PowerShell's own table wrapping
/// cuts at the column edge, mid-word ("athlet / e i100001"). Public because format scripts call it.
/// </summary>
public static class WordWrap
{
    /// <summary>
    /// <paramref name="text"/> with line breaks so no line is longer than <paramref name="width"/>; a word
    /// is only cut when it alone is longer than a line. Existing line breaks are kept.
    /// </summary>
    public static string Lines(string? text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var output = new StringBuilder(text.Length + 16);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (output.Length > 0)
            {
                output.Append('\n');
            }

            var lineLength = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > width)
                {
                    output.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    output.Append(' ');
                    lineLength++;
                }

                // A word longer than a whole line is cut: nothing else fits it.
                var rest = word.AsSpan();
                while (lineLength + rest.Length > width)
                {
                    var room = width - lineLength;
                    output.Append(rest[..room]).Append('\n');
                    rest = rest[room..];
                    lineLength = 0;
                }

                output.Append(rest);
                lineLength += rest.Length;
            }
        }

        return output.ToString();
    }
}
