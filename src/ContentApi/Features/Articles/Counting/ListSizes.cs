using System.Collections.Concurrent;
using ContentApi.Common.Caching;
using ContentApi.Common.Writes;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// The sizes of the lists asked for by page number (their order's segments), kept in memory per list: counting a
/// filtered list was a third of its answer. Exact: forgotten after every commit here (or told by the commit
/// broadcast), re-read at least every <see cref="Lifetime"/>, and never kept past the moment the next scheduled
/// article comes due, which changes the counts with no write.
/// </summary>
public sealed class ListSizes(TimeProvider clock, PublicationSchedule schedule) : ContentMemory(clock, Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>Lists kept at most between two commits: past it, lists are counted each time (a crawler's filters cannot grow memory).</summary>
    public const int MaxKept = 10_000;

    private volatile Memory _memory = new(new MemoryStamp(-1, DateTimeOffset.MinValue));

    /// <param name="list">What decides the list's items (its cursor scope).</param>
    /// <param name="count">Reads the sizes from the database.</param>
    public async Task<IReadOnlyList<int>> SizesAsync(string list, Func<Task<IReadOnlyList<int>>> count, CancellationToken cancellationToken)
    {
        var memory = _memory;
        if (!IsCurrent(memory.Stamp))
        {
            // The stamp is taken before anything is read: a commit meanwhile makes the new memory count for nothing.
            var stamp = Stamp();
            memory = new Memory(EndingWithin(stamp, await schedule.TimeUntilNextDueAsync(cancellationToken)));
            _memory = memory;
        }
        if (memory.Sizes.TryGetValue(list, out var kept))
        {
            return kept;
        }
        var sizes = await count();
        if (memory.Sizes.Count < MaxKept)
        {
            memory.Sizes.TryAdd(list, sizes);
        }
        return sizes;
    }

    private sealed record Memory(MemoryStamp Stamp)
    {
        public ConcurrentDictionary<string, IReadOnlyList<int>> Sizes { get; } = new(StringComparer.Ordinal);
    }
}
