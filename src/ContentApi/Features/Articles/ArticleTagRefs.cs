using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>
/// The tags a whole article shows, read by article id. The article projection leaves them out: as a
/// collection there they made a split query whose second statement repeated the whole article query
/// (its joins and visibility test) only to find the article again.
/// </summary>
internal static class ArticleTagRefs
{
    public static async Task<IReadOnlyList<TagRef>> OfAsync(ContentDbContext db, int articleId, CancellationToken cancellationToken) =>
        await db.Set<ArticleTag>().Where(t => t.ArticleId == articleId).OrderBy(t => t.Position)
            .Select(t => new TagRef(t.Tag.Slug, t.Tag.Name))
            .ToListAsync(cancellationToken);

    public static async Task<ILookup<int, TagRef>> OfAsync(ContentDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        (await db.Set<ArticleTag>().Where(t => articleIds.Contains(t.ArticleId)).OrderBy(t => t.ArticleId).ThenBy(t => t.Position)
            .Select(t => new { t.ArticleId, t.Tag.Slug, t.Tag.Name })
            .ToListAsync(cancellationToken))
        .ToLookup(t => t.ArticleId, t => new TagRef(t.Slug, t.Name));
}
