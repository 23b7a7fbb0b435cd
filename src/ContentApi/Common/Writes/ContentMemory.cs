namespace ContentApi.Common.Writes;

/// <summary>
/// The bookkeeping of a value kept in memory about the content: each value is kept under the stamp
/// taken before it was read, and counts while no commit came since (here, or told by the commit
/// broadcast) and its lifetime has not run out. So a value read while a write committed counts for
/// nothing, and another instance's edit shows within the lifetime even without the broadcast.
/// </summary>
public abstract class ContentMemory(TimeProvider clock, TimeSpan lifetime) : IAfterCommit, IContentMemory
{
    private long _generation;

    /// <summary>The stamp for a value about to be read: take it before reading.</summary>
    protected MemoryStamp Stamp() => new(Interlocked.Read(ref _generation), clock.GetUtcNow() + lifetime);

    /// <summary>A stamp that also ends <paramref name="fromNow"/> from now: for a value that time alone may change.</summary>
    protected MemoryStamp EndingWithin(MemoryStamp stamp, TimeSpan? fromNow) =>
        fromNow is { } end && clock.GetUtcNow() + end < stamp.Until ? stamp with { Until = clock.GetUtcNow() + end } : stamp;

    protected bool IsCurrent(MemoryStamp stamp) =>
        stamp.Generation == Interlocked.Read(ref _generation) && clock.GetUtcNow() < stamp.Until;

    public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }

    public void Forget() => Interlocked.Increment(ref _generation);
}

public readonly record struct MemoryStamp(long Generation, DateTimeOffset Until);
