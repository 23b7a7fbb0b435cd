using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Data;
using ContentApi.Features.Site;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Renders articles' documents as GET renders them (<see cref="ArticleETags.ReadOneAsync"/>: the
/// projection, the tags, the page head from the site settings, the app's JSON options), a batch in
/// three statements. The site is read from the database, not the cache, so a site write in the same
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
            };
        });
    }
}
