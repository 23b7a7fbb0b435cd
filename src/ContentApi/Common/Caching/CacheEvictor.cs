using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>Evicts cached delivery answers by their <see cref="CacheTags"/>, or all of them.</summary>
public sealed class CacheEvictor(IOutputCacheStore store)
{
    /// <summary>
    /// Past this many tags (site settings, which every article's page head shows) one eviction of
    /// everything is cheaper than one per tag, and on a shared store, one round trip.
    /// </summary>
    public const int MostTags = 1000;

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        if (tags.Count > MostTags)
        {
            await EvictAllAsync(cancellationToken);
            return;
        }
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    public ValueTask EvictAllAsync(CancellationToken cancellationToken) =>
        store.EvictByTagAsync(DeliveryCachePolicy.Tag, cancellationToken);
}
