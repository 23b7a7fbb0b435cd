using ContentApi.Common.Writes;
using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>
/// Any committed write evicts every cached delivery response. An article edit touches its item,
/// every list it is in, related lists, author and tag counts; evicting all is always right, and
/// refilling is cheap next to how rarely content is written. Workers that change what readers see
/// (related lists) evict the same way when they commit.
/// </summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IAfterCommit
{
    public int Order => int.MaxValue;

    public async Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        if (writes.Count > 0)
        {
            await EvictAllAsync(cancellationToken);
        }
    }

    public ValueTask EvictAllAsync(CancellationToken cancellationToken) =>
        store.EvictByTagAsync(DeliveryCachePolicy.Tag, cancellationToken);
}
