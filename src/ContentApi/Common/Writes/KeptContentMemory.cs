using System.Collections.Concurrent;

namespace ContentApi.Common.Writes;

/// <summary>
/// Values read from the content, kept in memory by key under one <see cref="ContentMemory"/> stamp: a value
/// read while a write committed counts for nothing, and all are read again after the next commit or lifetime.
/// </summary>
public abstract class KeptContentMemory<T>(TimeProvider clock, TimeSpan lifetime) : ContentMemory(clock, lifetime)
{
    /// <summary>Keys kept at most between two commits: past it, values are read each time (a crawler's queries cannot grow memory).</summary>
    public const int MaxKept = 10_000;

    private volatile Memory _memory = new(new MemoryStamp(-1, DateTimeOffset.MinValue));

    /// <summary>The kept value of <paramref name="key"/>, or the one <paramref name="read"/> gets from the database (then kept).</summary>
    public async Task<T> GetAsync(string key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var memory = _memory;
        if (!IsCurrent(memory.Stamp))
        {
            // The stamp is taken before anything is read: a commit meanwhile makes the new memory count for nothing.
            var stamp = Stamp();
            memory = new Memory(EndingWithin(stamp, await EndsWithinAsync(cancellationToken)));
            _memory = memory;
        }
        if (memory.Values.TryGetValue(key, out var kept))
        {
            return kept;
        }
        var value = await read();
        if (memory.Values.Count < MaxKept)
        {
            memory.Values.TryAdd(key, value);
        }
        return value;
    }

    /// <summary>How soon, besides a commit or the lifetime, the values may change by time alone; null: they cannot.</summary>
    protected virtual Task<TimeSpan?> EndsWithinAsync(CancellationToken cancellationToken) => Task.FromResult<TimeSpan?>(null);

    private sealed record Memory(MemoryStamp Stamp)
    {
        public ConcurrentDictionary<string, T> Values { get; } = new(StringComparer.Ordinal);
    }
}
