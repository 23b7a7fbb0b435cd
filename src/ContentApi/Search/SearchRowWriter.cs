using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;

namespace ContentApi.Search;

/// <summary>The search row follows its article inside the write's transaction: a failed write leaves the index as it was.</summary>
internal sealed class SearchRowWriter(ContentDbContext db, ISearchIndex search) : IWriteParticipant
{
    public async Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        foreach (var id in writes.Where(w => w.Resource == ArticleSpec.ResourceName && w.Kind is not (WriteKind.ComingDue or WriteKind.Touched)).Select(w => w.Id).Distinct())
        {
            // IndexAsync drops an article that cannot be listed (a draft, archived, deleted).
            if (await db.Articles.FindAsync([id], cancellationToken) is { } article)
            {
                await search.IndexAsync(article, cancellationToken);
            }
            else
            {
                await search.RemoveAsync(id, cancellationToken);
            }
        }
    }
}
