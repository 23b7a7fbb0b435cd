using ContentApi.Common.Writes;
using ContentApi.Data;

namespace ContentApi.Features.Site;

/// <summary>
/// The site identity an article's page head is computed from, read once rather than by every item
/// read: a statement of its own was a tenth of an uncached article GET. Forgotten after every
/// committed write here, on another instance's commit when they share Redis, and again once a read
/// replica has replayed a write; re-read at least every <see cref="Lifetime"/>, so another
/// instance's site edit reaches this one even without Redis.
/// </summary>
public sealed class SiteIdentityCache(TimeProvider clock) : IAfterCommit, IContentMemory
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private volatile Entry? _entry;
    private long _generation;

    public async ValueTask<SiteIdentity> GetAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (_entry is { } entry && entry.Generation == generation && now < entry.Until)
        {
            return entry.Site;
        }
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        // Kept under the generation it was read in: a write committing meanwhile makes it count for nothing.
        _entry = new Entry(site, now + Lifetime, generation);
        return site;
    }

    public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }

    public void Forget() => Interlocked.Increment(ref _generation);

    private sealed record Entry(SiteIdentity Site, DateTimeOffset Until, long Generation);
}
