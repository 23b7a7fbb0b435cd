using ContentApi.Common.Changes;
using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>
/// Any committed write evicts every cached delivery response. An article edit touches its item,
/// every list it is in, related lists, author and tag counts; evicting all is always right, and
/// refilling is cheap next to how rarely content is written.
/// </summary>
internal sealed class OutputCacheEviction(IOutputCacheStore store) : IContentChangeListener
{
    public int Order => int.MaxValue;

    public async Task OnContentChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count > 0)
        {
            await store.EvictByTagAsync(DeliveryCachePolicy.Tag, cancellationToken);
        }
    }
}
