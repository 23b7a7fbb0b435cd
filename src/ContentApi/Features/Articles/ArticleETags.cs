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
    public static Task<ArticleResponse?> ReadAsync(
        ContentDbContext db, int id, TypeAdapterConfig mapping, SiteIdentityCache site, CancellationToken cancellationToken) =>
        ReadOneAsync(db.Articles.Where(a => a.Id == id), db, mapping, site, cancellationToken);

    /// <summary>The first of these articles as GET serves it: its row, its tags, and its page head, which depends on the site settings too.</summary>
    public static async Task<ArticleResponse?> ReadOneAsync(
        IQueryable<Article> articles, ContentDbContext db, TypeAdapterConfig mapping, SiteIdentityCache site, CancellationToken cancellationToken)
    {
        if (await articles.AsNoTracking().ProjectToType<ArticleResponse>(mapping).FirstOrDefaultAsync(cancellationToken) is not { } article)
        {
            return null;
        }
        article = article with { Tags = await ArticleTagRefs.OfAsync(db, article.Id, cancellationToken) };
        return article with { Seo = ArticleSeo.For(article, await site.GetAsync(db, cancellationToken)) };
    }

    /// <summary>The ETag GET would send for the article now; null when it does not exist.</summary>
    public static async Task<string?> CurrentAsync(
        ContentDbContext db, int id, TypeAdapterConfig mapping, SiteIdentityCache site, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await ReadAsync(db, id, mapping, site, cancellationToken) is { } response ? ItemETag.Of(response, json) : null;
}
