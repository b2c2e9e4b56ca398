using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Where the reading of one streamed JSON array stands between two blocks of its bytes: the reader state
/// after the last whole item (the checkpoint), and, while an item is cut by the end of the data, how far
/// that item has been scanned. Each <see cref="Decode"/> reads every whole item of the block it is given.
/// </summary>
internal sealed class JsonArrayCursor
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private Phase phase;
    private JsonReaderState state;

    // The item cut short is retried once as soon as more bytes came (usually they complete it). Cut short
    // again, it is scanned from where the last block ended instead of being decoded from its start on every
    // read, so an item that arrives in many small reads costs one extra scan, not one decode per read.
    private Wait wait;
    private JsonReaderState scanState;
    private int scanned;
    private bool scanStarted;

    private enum Wait
    {
        None,
        Retry,
        Scan,
    }

    private enum Phase
    {
        ByteOrderMark,
        BeforeArray,
        Items,
        AfterArray,
        Done,
    }

    /// <summary>The closing bracket and the end of the data (whitespace only after it) were read.</summary>
    public bool IsDone => phase == Phase.Done;

    /// <summary>
    /// Whether <see cref="Decode"/> can get further with <paramref name="data"/> (which starts at the
    /// checkpoint): false only while the item cut short is known to be still incomplete.
    /// </summary>
    public bool CanDecode(ReadOnlySpan<byte> data, bool isFinalBlock) => wait != Wait.Scan || HasWholeItem(data, isFinalBlock);

    /// <summary>
    /// Reads the items whole in <paramref name="data"/> (which starts at the checkpoint) into
    /// <paramref name="items"/>, skipping JSON nulls, and returns how many bytes the next block may drop.
    /// A malformed body throws <see cref="JsonException"/> after the items before it were added.
    /// </summary>
    public int Decode<T>(ReadOnlySpan<byte> data, bool isFinalBlock, JsonItemReader<T> readItem, List<T> items)
    {
        var offset = 0;
        if (phase == Phase.ByteOrderMark)
        {
            if (!isFinalBlock && data.Length < ByteOrderMark.Length && ByteOrderMark.StartsWith(data))
            {
                return 0; // maybe the start of a BOM: wait for the rest
            }

            offset = data.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
            phase = Phase.BeforeArray;
        }

        var retried = wait != Wait.None;
        wait = Wait.None;
        var reader = new Utf8JsonReader(data[offset..], isFinalBlock, state);
        var consumed = 0L;
        while (phase != Phase.Done)
        {
            if (!reader.Read())
            {
                // Out of data (a final block that is incomplete throws instead): whitespace after the array is let go.
                if (phase == Phase.AfterArray)
                {
                    Checkpoint(ref reader, ref consumed);
                    phase = isFinalBlock ? Phase.Done : phase;
                }

                break;
            }

            switch (phase)
            {
                case Phase.BeforeArray:
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new JsonException($"Expected a JSON array, found {reader.TokenType}.");
                    }

                    phase = Phase.Items;
                    break;
                case Phase.Items when reader.TokenType == JsonTokenType.EndArray:
                    phase = Phase.AfterArray;
                    break;
                case Phase.Items when reader.TokenType != JsonTokenType.Null:
                    if (!readItem(ref reader, out var item))
                    {
                        if (isFinalBlock)
                        {
                            throw new JsonException("The JSON array ended inside an item.");
                        }

                        WaitForItem(again: retried && consumed == 0);
                        return offset + (int)consumed;
                    }

                    if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        throw new InvalidOperationException($"The item reader for {typeof(T).Name} did not stop on the item's last token.");
                    }

                    if (item is not null)
                    {
                        items.Add(item);
                    }

                    break;
                case Phase.AfterArray:
                    // The reader itself rejects anything after a single JSON value.
                    throw new JsonException("Data after the end of the JSON array.");
            }

            Checkpoint(ref reader, ref consumed);
        }

        return offset + (int)consumed;
    }

    /// <summary>
    /// Whether the awaited item (<paramref name="fromItemStart"/> starts at it) is now all there, scanning
    /// only the bytes not scanned before. A final block is always worth a retry: it decodes or fails.
    /// </summary>
    private bool HasWholeItem(ReadOnlySpan<byte> fromItemStart, bool isFinalBlock)
    {
        if (isFinalBlock)
        {
            return true;
        }

        var reader = new Utf8JsonReader(fromItemStart[scanned..], isFinalBlock: false, scanState);
        if (!scanStarted)
        {
            if (!reader.Read())
            {
                return SaveScan(ref reader);
            }

            scanStarted = true;
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return true;
            }
        }

        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return true;
            }
        }

        return SaveScan(ref reader);
    }

    private void Checkpoint(ref Utf8JsonReader reader, ref long consumed)
    {
        state = reader.CurrentState;
        consumed = reader.BytesConsumed;
    }

    private void WaitForItem(bool again)
    {
        wait = again ? Wait.Scan : Wait.Retry;
        scanState = state;
        scanned = 0;
        scanStarted = false;
    }

    private bool SaveScan(ref Utf8JsonReader reader)
    {
        scanState = reader.CurrentState;
        scanned += (int)reader.BytesConsumed;
        return false;
    }
}
