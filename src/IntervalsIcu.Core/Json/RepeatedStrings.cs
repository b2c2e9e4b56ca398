using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Short string values repeat all through a list (<c>"Ride"</c>, <c>"GARMIN_CONNECT"</c>, zone ids, stream
/// types, the athlete id): while a block of a streamed array is decoded (<see cref="Share"/>), each is made once
/// and handed out again while its bytes come back, instead of a new string per value. A small table of recent
/// values, not a growing intern pool, and emptied when the block is done: like the body's buffer, it keeps
/// nothing of a response (an echoed key, say) once that response is read.
/// </summary>
internal static class RepeatedStrings
{
    private const int MaxBytes = 32;
    private const int SlotBits = 10;

    // The table of the block being decoded on this thread (null outside one), and an emptied one to reuse.
    [ThreadStatic]
    private static string?[]? slots;

    [ThreadStatic]
    private static string?[]? spare;

    /// <summary>Shares repeated values on this thread until the returned scope is disposed, then forgets them.</summary>
    public static SharingScope Share()
    {
        if (slots is not null)
        {
            return default; // already sharing: the outer scope forgets
        }

        slots = spare ?? new string?[1 << SlotBits];
        spare = null;
        return new SharingScope(owner: true);
    }

    /// <summary>The string token's value (not null: the caller has checked the token is a string).</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (slots is not { } table || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        ref var slot = ref table[SlotOf(bytes)];

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

    /// <summary>Ends the sharing <see cref="Share"/> began (when it began it).</summary>
    internal readonly struct SharingScope(bool owner) : IDisposable
    {
        public void Dispose()
        {
            if (owner && slots is { } table)
            {
                Array.Clear(table);
                spare = table;
                slots = null;
            }
        }
    }
}
