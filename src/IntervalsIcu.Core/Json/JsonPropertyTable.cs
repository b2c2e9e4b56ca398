using System.Runtime.CompilerServices;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The property names of one model for its generated reader (<c>*JsonReader.g.cs</c>): a name's index in
/// the model's list. The server sends the fields of every object in the same order, so the table remembers
/// which property followed which and tries that one first: after the first object each name costs one
/// comparison of its bytes. Objects of two shapes (a ride and a run have different fields) alternate, so the
/// two last followers of each property are kept. Names seen in another order are found by length and bytes,
/// and remembered.
/// </summary>
internal sealed class JsonPropertyTable
{
    /// <summary>The index <see cref="Match"/> returns for a name the model has no property for.</summary>
    public const int Unknown = -1;

    private readonly byte[][] names;
    private readonly int[][] byLength;

    // followers[2i] and [2i + 1]: the properties that came after property i the last two times (slot i = names.Length:
    // the first property of an object). Written by every reader without locks: a stale entry only costs a search.
    private readonly int[] followers;

    public JsonPropertyTable(params string[] apiNames)
    {
        ArgumentNullException.ThrowIfNull(apiNames);
        names = apiNames.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var longest = names.Length == 0 ? 0 : names.Max(name => name.Length);
        byLength = Enumerable.Range(0, longest + 1)
            .Select(length => Enumerable.Range(0, names.Length).Where(index => names[index].Length == length).ToArray())
            .ToArray();
        followers = new int[2 * (names.Length + 1)];
    }

    /// <summary>The slot to pass as <c>previous</c> for the first name of an object.</summary>
    public int Start => names.Length;

    /// <summary>
    /// The index of the property name at the reader (a PropertyName token), or <see cref="Unknown"/>;
    /// <paramref name="previous"/> is the last matched index of this object (or <see cref="Start"/>) and
    /// becomes this one when it is known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the guess is right for nearly every name: keep it in the caller
    public int Match(ref Utf8JsonReader reader, ref int previous)
    {
        var slot = 2 * previous;
        var guess = followers[slot];
        if (guess < names.Length && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(names[guess]))
        {
            previous = guess;
            return guess;
        }

        return MatchOther(ref reader, ref previous, slot, guess);
    }

    private int MatchOther(ref Utf8JsonReader reader, ref int previous, int slot, int guess)
    {
        var name = NameBytes(ref reader);
        if (guess < names.Length && name.SequenceEqual(names[guess]))
        {
            previous = guess;
            return guess;
        }

        var other = followers[slot + 1];
        var found = other < names.Length && name.SequenceEqual(names[other]) ? other : Search(name);
        if (found != Unknown)
        {
            followers[slot + 1] = guess;
            followers[slot] = found;
            previous = found;
        }

        return found;
    }

    private int Search(ReadOnlySpan<byte> name)
    {
        if (name.Length >= byLength.Length)
        {
            return Unknown;
        }

        foreach (var index in byLength[name.Length])
        {
            if (name.SequenceEqual(names[index]))
            {
                return index;
            }
        }

        return Unknown;
    }

    /// <summary>The name's unescaped bytes: the reader's own when they can be used as they are.</summary>
    private static ReadOnlySpan<byte> NameBytes(ref Utf8JsonReader reader) =>
        !reader.HasValueSequence && !reader.ValueIsEscaped
            ? reader.ValueSpan
            : System.Text.Encoding.UTF8.GetBytes(reader.GetString()!); // escaped names are rare: unescape through a string
}
