using ContentApi.Common.Caching;
using ContentApi.Common.Changes;
using ContentApi.Features.Articles;

namespace ContentApi.Related;

/// <summary>
/// Brings the related lists up to date from the committed change records, outside the writes that
/// made them: the written article's own list, its best candidates' lists and the lists that hold it;
/// then evicts the cached answers that show those lists.
/// A write answers without waiting for this; a crash between the commit and the refresh is repaired
/// when the worker resumes from its checkpoint.
/// </summary>
internal sealed class RelatedRefreshWorker(IServiceScopeFactory scopes, ChangeSignal signal, CacheEvictor cache, ILogger<RelatedRefreshWorker> logger)
    : ChangeRecordWorker(scopes, signal, logger)
{
    public override string Name => "related";

    protected override async Task HandleAsync(IServiceProvider services, IReadOnlyList<ChangeRecord> records, CancellationToken cancellationToken)
    {
        var ids = records.Where(r => r.Type == ArticleSpec.ResourceName).Select(r => r.EntityId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var index = services.GetRequiredService<IRelatedIndex>();
        var stored = new HashSet<int>();
        foreach (var id in ids)
        {
            stored.UnionWith(await index.UpdateAsync(id, cancellationToken));
        }
        await cache.EvictAsync(stored.Select(id => CacheTags.Item(RelatedCacheTags.Type, id)).ToList(), cancellationToken);
    }
}
