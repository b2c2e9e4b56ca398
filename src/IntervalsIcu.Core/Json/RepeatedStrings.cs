using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Short string values repeat all through a list (<c>"Ride"</c>, <c>"GARMIN_CONNECT"</c>, zone ids, stream
/// types, the athlete id): each is made once per thread and handed out again while its bytes come back,
/// instead of a new string per value. A small table of recent values, not a growing intern pool: a value
/// that does not repeat only replaces the one in its slot.
/// </summary>
internal static class RepeatedStrings
{
    private const int MaxBytes = 32;
    private const int SlotBits = 10;

    [ThreadStatic]
    private static string?[]? slots;

    /// <summary>The string token's value (not null: the caller has checked the token is a string).</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        ref var slot = ref (slots ??= new string?[1 << SlotBits])[SlotOf(bytes)];

        // Compared as ASCII: a value with other characters never matches, and is simply made each time.
        if (slot is { } known && Ascii.Equals(bytes, known))
        {
            return known;
        }

        // The reader makes the string, so invalid UTF-8 fails exactly as it does without this table.
        slot = reader.GetString()!;
        return slot;
    }

    private static int SlotOf(ReadOnlySpan<byte> bytes)
    {
        ulong head;
        ulong tail;
        if (bytes.Length >= sizeof(ulong))
        {
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]);
        }
        else
        {
            head = 0;
            foreach (var b in bytes)
            {
                head = (head << 8) | b;
            }

            tail = 0;
        }

        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)bytes.Length;
        return (int)(mixed >> (64 - SlotBits));
    }
}
