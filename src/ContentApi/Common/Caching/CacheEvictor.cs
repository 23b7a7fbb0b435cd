using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>Evicts cached delivery answers by their <see cref="CacheTags"/>, or all of them; with a read replica, again once it has replayed the write.</summary>
public sealed class CacheEvictor(IOutputCacheStore store, ReplicaEvictions? replica = null)
{
    /// <summary>
    /// Past this many tags (site settings, which every article's page head shows) one eviction of
    /// everything is cheaper than one per tag, and on a shared store, one round trip.
    /// </summary>
    public const int MostTags = 1000;

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        await EvictFromAsync(store, tags, cancellationToken);
        if (replica is not null)
        {
            await replica.EvictAgainWhenReplayedAsync(tags, cancellationToken);
        }
    }

    public Task EvictAllAsync(CancellationToken cancellationToken) => EvictAsync([DeliveryCachePolicy.Tag], cancellationToken);

    internal static async Task EvictFromAsync(IOutputCacheStore store, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        if (tags.Count > MostTags)
        {
            await store.EvictByTagAsync(DeliveryCachePolicy.Tag, cancellationToken);
            return;
        }
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
