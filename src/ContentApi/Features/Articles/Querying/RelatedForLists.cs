using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// The one source of include=related on list endpoints: today the editor's picks (RelatedLinks),
/// published ones only, in the editor's order. The related-articles engine replaces this function's
/// body; nothing else reads related lists for the list endpoints.
/// </summary>
internal static class RelatedForLists
{
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<ArticleListItem>>> LoadAsync(
        ContentDbContext db, TypeAdapterConfig mapping, IReadOnlyCollection<int> articleIds, int limit, CancellationToken cancellationToken)
    {
        var links = await db.Set<RelatedLink>().AsNoTracking()
            .Where(l => articleIds.Contains(l.ArticleId))
            .OrderBy(l => l.ArticleId).ThenBy(l => l.Position)
            .Select(l => new { l.ArticleId, l.RelatedArticleId })
            .ToListAsync(cancellationToken);
        var relatedIds = links.Select(l => l.RelatedArticleId).Distinct().ToList();
        var items = await db.Articles.AsNoTracking().Visible().Where(a => relatedIds.Contains(a.Id))
            .ProjectToType<ArticleListItem>(mapping)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return links.GroupBy(l => l.ArticleId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ArticleListItem>)g.Where(l => items.ContainsKey(l.RelatedArticleId)).Select(l => items[l.RelatedArticleId]).Take(limit).ToList());
    }
}
