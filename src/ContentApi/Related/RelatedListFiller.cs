using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// On a small site few articles share words or tags, and a reader would see a near-empty "More
/// articles you might like". A list short of its limit is filled with the same author's newest
/// articles, then the newest of all, each with a reason that says so (score 0: nothing was computed).
/// Runs only for short lists, with queries bounded by the limit, so a large site pays nothing.
/// </summary>
internal sealed class RelatedListFiller(ContentDbContext db, TypeAdapterConfig mapping)
{
    private static readonly IReadOnlyList<RelatedReason> MoreByAuthor = [new(RelatedReasonKind.MoreByAuthor)];
    private static readonly IReadOnlyList<RelatedReason> Latest = [new(RelatedReasonKind.Latest)];

    public async Task FillAsync(IReadOnlyDictionary<int, List<RelatedArticle>> lists, int limit, CancellationToken cancellationToken)
    {
        var shortIds = lists.Where(l => l.Value.Count < limit).Select(l => l.Key).ToList();
        if (shortIds.Count == 0)
        {
            return;
        }
        // Enough to fill a list after leaving out the article itself and what it already lists.
        var take = 2 * limit + 1;
        var authors = await db.Articles.AsNoTracking().Where(a => EF.Parameter(shortIds).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.AuthorId, cancellationToken);
        var byAuthor = new Dictionary<int, List<int>>();
        foreach (var authorId in authors.Values.OfType<int>().Distinct())
        {
            byAuthor[authorId] = await db.Articles.AsNoTracking().Visible().Where(a => a.AuthorId == authorId)
                .NewestFirst().Select(a => a.Id).Take(take).ToListAsync(cancellationToken);
        }
        var newest = await db.Articles.AsNoTracking().Visible().NewestFirst().Select(a => a.Id).Take(take).ToListAsync(cancellationToken);
        var ids = byAuthor.Values.SelectMany(v => v).Concat(newest).Distinct().ToList();
        var items = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).Visible()
            .ProjectToType<ArticleListItem>(mapping).ToDictionaryAsync(a => a.Id, cancellationToken);

        foreach (var articleId in shortIds)
        {
            var list = lists[articleId];
            var listed = list.Select(i => i.Id).Append(articleId).ToHashSet();
            var sameAuthor = authors.GetValueOrDefault(articleId) is { } authorId ? byAuthor[authorId] : [];
            var candidates = sameAuthor.Select(id => (id, MoreByAuthor)).Concat(newest.Select(id => (id, Latest)));
            foreach (var (id, reasons) in candidates)
            {
                if (list.Count >= limit)
                {
                    break;
                }
                if (items.TryGetValue(id, out var item) && listed.Add(id))
                {
                    list.Add(RelatedArticle.From(item, 0, reasons));
                }
            }
        }
    }
}
