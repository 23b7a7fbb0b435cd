using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>
/// An article's editor-chosen related links, written as an item of their own: the list has its own
/// ETag (the article's representation does not include it). Recorded as a change to the article, so
/// the related worker refreshes its list.
/// </summary>
public sealed class RelatedLinksSpec(ContentDbContext db) : IItemSpec<Article, RelatedLinksRequest, RelatedLinksResponse>
{
    public string Resource => ArticleSpec.ResourceName;

    public int IdOf(Article entity) => entity.Id;

    public string TargetOf(Article entity) => entity.Slug;

    public string LocationOf(Article entity) => $"/api/v1/articles/{entity.Slug}/related-links";

    public async Task<RelatedLinksResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        new(await db.Set<RelatedLink>().AsNoTracking().Where(l => l.ArticleId == id && l.RelatedArticle.DeletedAt == null)
            .OrderBy(l => l.Position).Select(l => l.RelatedArticle.Slug).ToListAsync(cancellationToken));

    public RelatedLinksRequest ToRequest(Article entity) =>
        throw new NotSupportedException("Related links are set whole (PUT) or one is removed (DELETE); there is no patch.");

    public async Task<string?> ApplyAsync(Article entity, RelatedLinksRequest request, CancellationToken cancellationToken)
    {
        var slugs = request.Articles!;
        var ids = await db.Articles.Where(a => slugs.Contains(a.Slug) && a.DeletedAt == null).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        if (slugs.FirstOrDefault(s => !ids.ContainsKey(s)) is { } gone)
        {
            return $"The article '{gone}' was deleted or renamed while this write was on its way; nothing was written.";
        }
        await db.Set<RelatedLink>().Where(l => l.ArticleId == entity.Id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(slugs.Select((s, position) => new RelatedLink { ArticleId = entity.Id, RelatedArticleId = ids[s], Position = position }));
        return null;
    }

    public Task<string?> DeleteAsync(Article entity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The list itself is not deleted; PUT [] empties it.");

    /// <summary>The article whose list is written (tracked: its save is the write).</summary>
    public Func<CancellationToken, Task<Article?>> Load(string slug) => cancellationToken =>
        db.Articles.FirstOrDefaultAsync(a => a.Slug == slug && a.DeletedAt == null, cancellationToken);
}
