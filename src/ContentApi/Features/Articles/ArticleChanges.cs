using System.Text.Json;
using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Features.Site;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>
/// Articles in the change feed. Public: what <see cref="ArticleVisibility.IsVisible"/> lets anyone
/// read, so an article unpublished, archived, deleted or not yet due is absent; preview: every
/// article not deleted. An article shows its author's and tags' names and, in its page head, the site's
/// name and address, so it changes with them.
/// </summary>
internal sealed class ArticleChanges(ContentDbContext db, TypeAdapterConfig mapping) : IChangeSource
{
    private static readonly Func<Article, bool> IsVisibleNow = ArticleVisibility.IsVisible.Compile();

    public string Type => ArticleSpec.ResourceName;

    public (string Entered, string Left) Verbs => ("published", "unpublished");

    public IQueryable<int> LiveIds => db.Articles.Where(a => a.DeletedAt == null).Select(a => a.Id);

    public async Task<IReadOnlyDictionary<int, FeedState>> StatesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.DeletedAt == null)
            .Select(a => new Article { Id = a.Id, Slug = a.Slug, Title = "", Status = a.Status, PublishedAt = a.PublishedAt })
            .ToListAsync(cancellationToken))
        .ToDictionary(a => a.Id, a => new FeedState(IsVisibleNow(a) ? a.Slug : null, a.Slug));

    public async Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) => type switch
    {
        "tag" => await db.Set<ArticleTag>().Where(t => t.TagId == id && t.Article.DeletedAt == null).Select(t => t.ArticleId).ToListAsync(cancellationToken),
        "author" => await db.Articles.Where(a => a.AuthorId == id && a.DeletedAt == null).Select(a => a.Id).ToListAsync(cancellationToken),
        "media" => await db.Articles.Where(a => a.FeaturedImageId == id && a.DeletedAt == null).Select(a => a.Id).ToListAsync(cancellationToken),
        // The page head (`seo`) shows the site's name, address and logo: a rare write that changes every article.
        "site" => await LiveIds.ToListAsync(cancellationToken),
        _ => [],
    };

    public async Task<IReadOnlyList<int>> ComingDueAsync(DateTime after, DateTime until, CancellationToken cancellationToken) =>
        await Dated().Where(a => a.PublishedAt > after && a.PublishedAt <= until).Select(a => a.Id).ToListAsync(cancellationToken);

    public Task<DateTime?> NextDueAsync(DateTime after, CancellationToken cancellationToken) =>
        Dated().Where(a => a.PublishedAt > after).MinAsync(a => a.PublishedAt, cancellationToken);

    public async Task<IReadOnlyDictionary<int, JsonElement>> ReadAsync(
        IReadOnlyCollection<int> ids, bool preview, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id));
        articles = preview ? articles.Where(a => a.DeletedAt == null) : articles.Visible();
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        var found = await articles.ProjectToType<ArticleResponse>(mapping).ToListAsync(cancellationToken);
        var tags = await ArticleTagRefs.OfAsync(db, found.ConvertAll(a => a.Id), cancellationToken);
        return found.ToDictionary(a => a.Id, a => JsonSerializer.SerializeToElement(
            a with { Tags = tags[a.Id].ToList(), Seo = ArticleSeo.For(a, site) }, json));
    }

    private IQueryable<Article> Dated() =>
        db.Articles.Where(a => a.DeletedAt == null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled));
}
