using System.Collections.Concurrent;
using ContentApi.Common.Writes;

namespace ContentApi.Common.Caching;

/// <summary>
/// Values computed from what the public can see (a list's size, how many articles match a word), kept in memory by
/// key. Exact: forgotten after every commit here (or told by the commit broadcast), read again at least every
/// lifetime, and never kept past the moment the next scheduled article comes due, which changes what is visible
/// with no write.
/// </summary>
public abstract class VisibleContentMemory<T>(TimeProvider clock, PublicationSchedule schedule, TimeSpan lifetime) : ContentMemory(clock, lifetime)
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
            memory = new Memory(EndingWithin(stamp, await schedule.TimeUntilNextDueAsync(cancellationToken)));
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

    private sealed record Memory(MemoryStamp Stamp)
    {
        public ConcurrentDictionary<string, T> Values { get; } = new(StringComparer.Ordinal);
    }
}
