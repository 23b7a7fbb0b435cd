using ContentApi.Common.Changes;
using ContentApi.Common.Writes;

namespace ContentApi.Common.Caching;

/// <summary>
/// After a commit, evicts the cached answers that show what the write changed, found from the
/// public change records it made (the change feed's knowledge of what else shows an item): each
/// item's id, each slug it has or left behind, and its type's lists. An edited article so evicts
/// its page, the lists it is or was in (through its author's and tags' records, which the write
/// touches before and after the change), search, feeds and the related lists that show it; another
/// article's page, a list filtered by another tag, stay cached. Items outside the feed (an image)
/// evict their own answers. Drafts change no public answer, so their preview-only records evict nothing.
/// </summary>
public sealed class OutputCacheEviction(CacheEvictor evictor, RecordedEvents recorded, IEnumerable<IChangeSource> sources) : IAfterCommit
{
    public int Order => int.MaxValue;

    public async Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in recorded.Changes.Where(c => c.Public))
        {
            tags.UnionWith([CacheTags.Item(change.Type, change.EntityId), CacheTags.Slug(change.Type, change.Slug), CacheTags.Any(change.Type), CacheTags.AnyChange]);
        }
        var inFeed = sources.Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var write in writes.Where(w => !inFeed.Contains(w.Resource)))
        {
            tags.UnionWith([CacheTags.Item(write.Resource, write.Id), CacheTags.Any(write.Resource)]);
        }
        recorded.Changes.Clear();
        await evictor.EvictAsync(tags, cancellationToken);
    }
}
