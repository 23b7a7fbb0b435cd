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
public sealed class SiteIdentityCache(TimeProvider clock) : ContentMemory(clock, Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private volatile Entry? _entry;

    public async ValueTask<SiteIdentity> GetAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        if (_entry is { } entry && IsCurrent(entry.Stamp))
        {
            return entry.Site;
        }
        var stamp = Stamp();
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        _entry = new Entry(site, stamp);
        return site;
    }

    private sealed record Entry(SiteIdentity Site, MemoryStamp Stamp);
}
