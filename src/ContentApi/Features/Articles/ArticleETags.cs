using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Data;
using ContentApi.Features.Site;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>An article's current GET representation and ETag, projected exactly as GET projects it.</summary>
public static class ArticleETags
{
    public static async Task<ArticleResponse?> ReadAsync(ContentDbContext db, int id, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .ProjectToType<ArticleResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken) is { } article
            ? await article.WithSeoAsync(db, cancellationToken)
            : null;

    /// <summary>The article with its page head, which depends on the site settings too.</summary>
    public static async Task<ArticleResponse> WithSeoAsync(this ArticleResponse article, ContentDbContext db, CancellationToken cancellationToken) =>
        article with { Seo = ArticleSeo.For(article, await SiteIdentity.ReadAsync(db, cancellationToken)) };

    /// <summary>The ETag GET would send for the article now; null when it does not exist.</summary>
    public static async Task<string?> CurrentAsync(
        ContentDbContext db, int id, TypeAdapterConfig mapping, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await ReadAsync(db, id, mapping, cancellationToken) is { } response ? ItemETag.Of(response, json) : null;
}
