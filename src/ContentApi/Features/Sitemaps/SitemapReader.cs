using ContentApi.Common.Http;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Feeds;
using ContentApi.Features.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Sitemaps;

/// <summary>Reads the published articles' URLs for the sitemaps, in pages of <see cref="FeedOptions.SitemapPageSize"/>.</summary>
public sealed class SitemapReader(ContentDbContext db, IOptions<FeedOptions> options, TimeProvider time)
{
    /// <summary>Google News takes at most 1,000 URLs per sitemap.</summary>
    public const int NewsLimit = 1000;

    private int PageSize => Math.Clamp(options.Value.SitemapPageSize, 1, 50_000);

    /// <summary>One urlset when the articles fit on a page, else an index of the numbered pages.</summary>
    public async Task<MediaResult> RootAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var pages = Pages(await db.Articles.Visible().CountAsync(cancellationToken));
        var baseUrl = (await SiteIdentity.ReadAsync(db, cancellationToken)).BaseUrlOr(request);
        if (pages == 1)
        {
            return await UrlSetAsync(1, baseUrl, cancellationToken);
        }
        var locs = Enumerable.Range(1, pages).Select(page => $"{baseUrl}/sitemap-{page}.xml").ToList();
        return new MediaResult(locs, SitemapXmlWriter.MediaType, () => SitemapXmlWriter.Index(locs));
    }

    /// <returns>The page's urlset; null past the last page (page 1 always exists, empty or not).</returns>
    public async Task<MediaResult?> PageAsync(int page, HttpRequest request, CancellationToken cancellationToken)
    {
        if (page < 1 || page > Pages(await db.Articles.Visible().CountAsync(cancellationToken)))
        {
            return null;
        }
        return await UrlSetAsync(page, (await SiteIdentity.ReadAsync(db, cancellationToken)).BaseUrlOr(request), cancellationToken);
    }

    private async Task<MediaResult> UrlSetAsync(int page, string baseUrl, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Visible().OrderBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Slug, a.CanonicalUrl, Modified = a.UpdatedAt ?? a.PublishedAt })
            .ToListAsync(cancellationToken);
        var urls = rows.ConvertAll(r => new SitemapUrl(SiteIdentity.ArticleUrl(baseUrl, r.Slug, r.CanonicalUrl), r.Modified));
        return new MediaResult(urls, SitemapXmlWriter.MediaType, () => SitemapXmlWriter.UrlSet(urls));
    }

    /// <summary>Articles published in the last <see cref="FeedOptions.NewsHours"/> hours, newest first.</summary>
    public async Task<MediaResult> NewsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().UtcDateTime.AddHours(-options.Value.NewsHours);
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        var baseUrl = site.BaseUrlOr(request);
        var rows = await db.Articles.AsNoTracking().Visible().Where(a => a.PublishedAt >= since)
            .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id).Take(NewsLimit)
            .Select(a => new { a.Slug, a.CanonicalUrl, a.Title, Published = a.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        var urls = rows.ConvertAll(r => new NewsSitemapUrl(SiteIdentity.ArticleUrl(baseUrl, r.Slug, r.CanonicalUrl), r.Title, r.Published));
        var publication = site.Name ?? request.Host.Host;
        return new MediaResult(urls, SitemapXmlWriter.MediaType, () => SitemapXmlWriter.NewsUrlSet(publication, options.Value.Language, urls));
    }

    private int Pages(int articles) => Math.Max(1, (articles + PageSize - 1) / PageSize);
}
