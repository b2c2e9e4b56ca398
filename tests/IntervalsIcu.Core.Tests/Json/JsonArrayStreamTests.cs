using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Json;

/// <summary>
/// The one-pass array stream against what the serializer makes of the whole text: the same items however
/// the body is cut into reads, every failure a JsonException after the items before it, and a stream that
/// is let go of early stops being read and gives its buffer back once.
/// </summary>
public sealed class JsonArrayStreamTests
{
    private static readonly JsonItemReader<IcuGear> GearReader = TypeInfoItemReader.For(IcuModelJsonContext.Default.IcuGear);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ReadAsync_ChunksOfAnySize_DecodeTheSameGearAsTheWholeText(int seed)
    {
        // Seed 0: one byte per read; else random reads of 1 to 700 bytes.
        var json = GearListJson.Items(300, seed);
        var stream = seed == 0 ? ChunkedReadStream.ByteByByte(Utf8(json)) : ChunkedReadStream.RandomChunks(Utf8(json), seed);

        var items = await ReadAllAsync(stream, GearReader);

        Assert.Equal(300, items.Count);
        Assert.Equal(WholeTextGear(json), items.Select(Serialized));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(12)]
    public async Task ReadAsync_Elements_KeepEachItemsTextWhateverTheChunks(int seed)
    {
        var json = GearListJson.Items(200, seed) + " ";
        var stream = seed == 0 ? ChunkedReadStream.ByteByByte(Utf8(json)) : ChunkedReadStream.RandomChunks(Utf8(json), seed, maxChunk: 3000);

        var items = await ReadAllAsync(stream, JsonItemReaders.Element);

        using var whole = JsonDocument.Parse(json);
        Assert.Equal(whole.RootElement.EnumerateArray().Select(e => e.GetRawText()), items.Select(e => e.GetRawText()));
    }

    [Fact]
    public async Task ReadAsync_ElementItems_OutliveTheBuffer()
    {
        // The elements must own their bytes: the pooled buffer is cleared and reused once the stream is done.
        var pool = new CountingArrayPool();
        var json = GearListJson.Items(50);

        var items = await ReadAllAsync(JsonArrayStream.ReadAsync(ChunkedReadStream.RandomChunks(Utf8(json), 5), JsonItemReaders.Element, pool, 256, CancellationToken.None));

        using var whole = JsonDocument.Parse(json);
        Assert.Equal(whole.RootElement.EnumerateArray().Select(e => e.GetProperty("notes").GetString()), items.Select(e => e.GetProperty("notes").GetString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    public async Task ReadAsync_ItemLargerThanTheBuffer_IsReadWhole(int chunk)
    {
        // A long string arriving byte by byte is scanned again on each read (a token cannot be read in parts),
        // so the one-byte case keeps it at 20 kB; the item's size is in its many numbers.
        var big = GearListJson.Item(1, new Random(1), noteLength: 20_000, samples: 60_000);
        var json = "[" + GearListJson.Item(0, new Random(0)) + "," + big + "," + GearListJson.Item(2, new Random(2)) + "]";
        var pool = new CountingArrayPool();

        var items = await ReadAllAsync(JsonArrayStream.ReadAsync(new ChunkedReadStream(Utf8(json), () => chunk), GearReader, pool, 1024, CancellationToken.None));

        Assert.Equal(WholeTextGear(json), items.Select(Serialized));
        Assert.True(big.Length > 250_000);
        Assert.Equal(0, pool.Outstanding);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData(" \r\n\t[ \n ] \n")]
    [InlineData("\uFEFF[]")]
    public async Task ReadAsync_EmptyArray_YieldsNothing(string json)
    {
        var items = await ReadAllAsync(ChunkedReadStream.ByteByByte(Utf8(json)), GearReader);

        Assert.Empty(items);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public async Task ReadAsync_ByteOrderMarkAndWhitespace_AreAllowed(int chunk)
    {
        var json = "\uFEFF \n " + GearListJson.Items(3) + " \n";

        var items = await ReadAllAsync(new ChunkedReadStream(Utf8(json), () => chunk), GearReader);

        Assert.Equal(WholeTextGear(json.TrimStart('\uFEFF')), items.Select(Serialized));
    }

    [Fact]
    public async Task ReadAsync_NullItems_AreSkipped()
    {
        var items = await ReadAllAsync(ChunkedReadStream.ByteByByte(Utf8("""[null, {"id":"a"}, null,null ,{"id":"b"},null]""")), GearReader);

        Assert.Equal(["a", "b"], items.Select(g => g.Id));
    }

    [Fact]
    public async Task ReadAsync_ValueItems_AreReadLikeObjects()
    {
        var items = await ReadAllAsync(ChunkedReadStream.ByteByByte(Utf8("""[1, -2.5e3, "x\"y", true, [1,[2]], {}]""")), JsonItemReaders.Element);

        Assert.Equal(["1", "-2.5e3", "\"x\\\"y\"", "true", "[1,[2]]", "{}"], items.Select(e => e.GetRawText()));
    }

    [Theory]
    [InlineData("{\"id\":\"a\"}")]
    [InlineData("\"[]\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("\uFEFF")]
    public async Task ReadAsync_NotAnArray_IsAJsonException(string json)
    {
        await Assert.ThrowsAnyAsync<JsonException>(() => ReadAllAsync(ChunkedReadStream.ByteByByte(Utf8(json)), GearReader));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task ReadAsync_TruncatedBody_YieldsTheWholeItemsThenThrows(int chunk)
    {
        var json = GearListJson.Items(10);
        var cut = json[..(json.IndexOf("\"b7\"", StringComparison.Ordinal) + 40)];

        await AssertItemsThenJsonExceptionAsync(new ChunkedReadStream(Utf8(cut), () => chunk), WholeTextGear(json).Take(7));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task ReadAsync_MalformedMidway_YieldsTheItemsBeforeItThenThrows(int chunk)
    {
        var json = GearListJson.Items(10);
        var broken = json.Replace("\"id\":\"b6\",", "\"id\":\"b6\",,", StringComparison.Ordinal);

        await AssertItemsThenJsonExceptionAsync(new ChunkedReadStream(Utf8(broken), () => chunk), WholeTextGear(json).Take(6));
    }

    [Theory]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"}")]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"},")]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\"")]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"}] x")]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"}][]")]
    [InlineData("[{\"id\":\"a\"},{\"id\":\"b\"}]\n,")]
    public async Task ReadAsync_NoClosingBracketOrDataAfterIt_IsAJsonExceptionAfterTheItems(string json)
    {
        await AssertItemsThenJsonExceptionAsync(ChunkedReadStream.ByteByByte(Utf8(json)), [Serialized(new IcuGear { Id = "a" }), Serialized(new IcuGear { Id = "b" })]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task ReadAsync_FirstItem_ComesOutBeforeTheRestOfTheBodyArrives(int chunk)
    {
        var json = GearListJson.Items(100);
        var firstEnd = json.IndexOf("\n  {\"id\":\"b1\"", StringComparison.Ordinal);
        var stream = new ChunkedReadStream(Utf8(json), () => chunk) { HoldAt = Encoding.UTF8.GetByteCount(json[..firstEnd]) };
        await using var items = JsonArrayStream.ReadAsync(stream, GearReader, CancellationToken.None).GetAsyncEnumerator();

        var first = items.MoveNextAsync().AsTask();
        var finished = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(first, finished);
        Assert.True(await first);
        Assert.Equal("b0", items.Current.Id);
        stream.Release();
        var rest = 0;
        while (await items.MoveNextAsync())
        {
            rest++;
        }

        Assert.Equal(99, rest);
    }

    [Fact]
    public async Task ReadAsync_DisposedEarly_StopsReadingAndReturnsTheBufferOnce()
    {
        var json = Utf8(GearListJson.Items(2000));
        var stream = ChunkedReadStream.RandomChunks(json, 3, maxChunk: 4000);
        var pool = new CountingArrayPool();

        await foreach (var gear in JsonArrayStream.ReadAsync(stream, GearReader, pool, 4096, CancellationToken.None))
        {
            Assert.Equal("b0", gear.Id);
            break;
        }

        var readsWhenStopped = stream.Reads;
        Assert.True(stream.Position < json.Length / 10, $"read {stream.Position} of {json.Length} bytes for one item");
        Assert.Equal(0, pool.Outstanding);
        Assert.Equal(readsWhenStopped, stream.Reads);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_StopsAtTheNextRefill()
    {
        var json = Utf8(GearListJson.Items(2000));
        var stream = ChunkedReadStream.RandomChunks(json, 4, maxChunk: 4000);
        var pool = new CountingArrayPool();
        using var cancellation = new CancellationTokenSource();
        var items = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var gear in JsonArrayStream.ReadAsync(stream, GearReader, pool, 4096, cancellation.Token))
            {
                items++;
                cancellation.Cancel();
            }
        });

        Assert.InRange(items, 1, 10);
        Assert.True(stream.Position < json.Length / 10);
        Assert.Equal(0, pool.Outstanding);
    }

    [Fact]
    public async Task ReadAsync_ItemReaderThatDoesNotFinishTheItem_IsAProgrammingError()
    {
        JsonItemReader<string> lazy = (ref Utf8JsonReader reader, out string? item) =>
        {
            item = "never read";
            return true;
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAllAsync(ChunkedReadStream.ByteByByte(Utf8("""[{"id":"a"}]""")), lazy));
    }

    [Fact]
    public void TypeInfoItemReader_IncompleteItem_IsFalseAndLeavesTheReaderAtTheItemStart()
    {
        var bytes = Utf8("""[{"id":"a","reminders":[{"id":1}""");
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, default);
        reader.Read();
        reader.Read();
        var start = reader.TokenStartIndex;

        Assert.False(GearReader(ref reader, out var gear));
        Assert.Null(gear);
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(start, reader.TokenStartIndex);
    }

    private static async Task AssertItemsThenJsonExceptionAsync(Stream body, IEnumerable<string> itemsBefore)
    {
        var items = new List<IcuGear>();

        await Assert.ThrowsAnyAsync<JsonException>(() => CollectAsync(JsonArrayStream.ReadAsync(body, GearReader, CancellationToken.None), items));

        Assert.Equal(itemsBefore, items.Select(Serialized));
    }

    private static async Task<List<T>> ReadAllAsync<T>(Stream stream, JsonItemReader<T> readItem) =>
        await ReadAllAsync(JsonArrayStream.ReadAsync(stream, readItem, CancellationToken.None));

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await CollectAsync(items, all);
        return all;
    }

    private static async Task CollectAsync<T>(IAsyncEnumerable<T> items, List<T> into)
    {
        await foreach (var item in items)
        {
            into.Add(item);
        }
    }

    private static IEnumerable<string> WholeTextGear(string json) =>
        JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuGearArray)!.Select(Serialized);

    private static string Serialized(IcuGear gear) => JsonSerializer.Serialize(gear, IcuModelJsonContext.Default.IcuGear);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
