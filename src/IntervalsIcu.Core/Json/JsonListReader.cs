using System.Runtime.CompilerServices;
using System.Text.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Reads a JSON array into an <see cref="IcuList{T}"/> token by token, for the generated model readers and
/// the list converters: no call back into the serializer per list (that was a quarter of decoding an activity
/// list). Like the item readers, it returns false when the reader ran out of data before the array's end.
/// </summary>
internal static class JsonListReader
{
    // Most lists of an activity are zones and zone times: seven or eight items, so one allocation.
    private const int UsualLength = 8;

    // Above this, a thread's scratch array is not kept for the next list (one huge list should not pin memory).
    private const int LargestKeptScratch = 4096;

    /// <summary>
    /// A list of strings, numbers or booleans; <typeparamref name="TRead"/> reads one item. The items are
    /// gathered in the thread's scratch array and copied once into an array of the exact length.
    /// </summary>
    public static bool TryReadScalars<T, TRead>(ref Utf8JsonReader reader, string field, out IcuList<T>? list)
        where TRead : IJsonScalarRead<T>
    {
        list = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        ExpectArray(in reader, field);
        var scratch = Scratch<T>.Items ??= new T[UsualLength * 2];
        var count = 0;
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, count * 2);
                }

                scratch[count++] = TRead.Read(ref reader, field);
            }

            list = new IcuList<T>(scratch.AsSpan(0, count).ToArray());
            return true;
        }
        finally
        {
            // Strings left in the scratch would live as long as the thread.
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                Array.Clear(scratch, 0, count);
            }

            Scratch<T>.Items = scratch.Length <= LargestKeptScratch ? scratch : null;
        }
    }

    /// <summary>A list of objects, each read by <paramref name="readItem"/> (a JSON null item stays null, as the serializer keeps it).</summary>
    public static bool TryReadObjects<T>(ref Utf8JsonReader reader, string field, JsonItemReader<T> readItem, out IcuList<T>? list)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        list = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        ExpectArray(in reader, field);
        var items = new List<T>(UsualLength);
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (!readItem(ref reader, out var item))
            {
                return false;
            }

            items.Add(item!);
        }

        list = new IcuList<T>(items);
        return true;
    }

    /// <summary>One scratch array per item type and thread: scalar lists never nest, so one is never in use twice.</summary>
    private static class Scratch<T>
    {
        [ThreadStatic]
        public static T[]? Items;
    }

    private static void ExpectArray(in Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array for '{field}', found {reader.TokenType}.");
        }
    }
}
