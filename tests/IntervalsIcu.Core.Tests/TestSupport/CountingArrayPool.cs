using System.Buffers;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>A pool that knows which of its arrays are out: returning one twice, or one it never lent, fails the test.</summary>
public sealed class CountingArrayPool : ArrayPool<byte>
{
    private readonly HashSet<byte[]> rented = new(ReferenceEqualityComparer.Instance);

    public int Rents { get; private set; }

    public int Outstanding => rented.Count;

    public override byte[] Rent(int minimumLength)
    {
        Rents++;
        var array = new byte[minimumLength];
        rented.Add(array);
        return array;
    }

    public override void Return(byte[] array, bool clearArray = false)
    {
        Assert.True(rented.Remove(array), "An array went back to the pool that was not out (returned twice?).");
    }
}
