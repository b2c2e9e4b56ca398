namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>An IProgress that reports on the calling thread at once (Progress&lt;T&gt; posts, which makes tests racy).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
