using ContentApi.Common.Changes;

namespace ContentApi.Related;

/// <summary>
/// Brings the related lists an article write affects up to date as soon as the write commits,
/// before the answer goes back and before the output cache is evicted: incremental (the article,
/// its best candidates and the lists that hold it), never a full rebuild.
/// </summary>
internal sealed class RelatedIndexListener(IRelatedIndex index) : IContentChangeListener
{
    public async Task OnContentChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes.Where(c => c.Resource == "article"))
        {
            if (change.Kind == ContentChangeKind.Deleted)
            {
                await index.RemoveAsync(change.Id, cancellationToken);
            }
            else
            {
                await index.UpdateAsync(change.Id, cancellationToken);
            }
        }
    }
}
