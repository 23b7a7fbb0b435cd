using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Data;
using ContentApi.Features.Site;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Renders articles' documents as GET renders them (<see cref="ArticleETags.ReadOneAsync"/>: the
/// projection, the tags, the page head from the site settings, the app's JSON options), and each as a list item,
/// a batch in five statements. The site is read from the database, not the cache, so a site write in the same
/// transaction is what the documents show.
/// </summary>
public sealed class ArticleDocumentRenderer(ContentDbContext db, TypeAdapterConfig mapping, JsonSerializerOptions json)
{
    /// <summary>Documents for those of these articles that may be read publicly now or later (live, published or scheduled).</summary>
    public async Task<List<ArticleDocument>> RenderAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.DeletedAt == null
                && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled))
            .ProjectToType<ArticleResponse>(mapping).ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }
        var tags = await ArticleTagRefs.OfAsync(db, found.ConvertAll(a => a.Id), cancellationToken);
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        var listed = await ListItemsAsync(found.ConvertAll(a => a.Id), cancellationToken);
        var type = json.GetTypeInfo(typeof(ArticleResponse));
        return found.ConvertAll(article =>
        {
            var response = article with { Tags = tags[article.Id].ToList() };
            response = response with { Seo = ArticleSeo.For(response, site) };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(response, type);
            return new ArticleDocument
            {
                ArticleId = article.Id, Slug = article.Slug, Status = article.Status, PublishedAt = article.PublishedAt,
                LastModified = response.LastModified, ETag = EntityTag.FromBytes(bytes), Json = bytes, Version = ArticleDocumentVersion.Current,
                ListItem = listed[article.Id],
            };
        });
    }

    /// <summary>The articles as lists show them, as the list's own query projects them (<see cref="Querying.ArticleEntries"/>).</summary>
    private async Task<Dictionary<int, byte[]>> ListItemsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var type = json.GetTypeInfo(typeof(ArticleListItem));
        return await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ProjectToType<ArticleListItem>(mapping)
            .ToDictionaryAsync(i => i.Id, i => JsonSerializer.SerializeToUtf8Bytes(i, type), cancellationToken);
    }
}
