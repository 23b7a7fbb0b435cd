using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Features.Articles;
using ContentApi.Features.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Features.Sitemaps;

/// <summary>Sitemaps of the published articles for search engines, at the site's root where crawlers look.</summary>
public static class SitemapsApi
{
    private const string Urls = "Each URL is an article's `canonicalUrl`, else `{site url}/{slug}`, where the site url is the site settings' `url`, else this API's own base URL.";

    public static IEndpointRouteBuilder MapSitemapsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Sitemaps").WithHttpCaching()
            .WithCacheTags(CacheTags.Any(ArticleSpec.ResourceName), CacheTags.Any(SiteChanges.TypeName));

        group.MapGet("/sitemap.xml", GetSitemap).WithName(nameof(GetSitemap))
            .WithSummary("Sitemap of the published articles")
            .WithDescription($"A sitemaps.org urlset of every published article, with `lastmod` (updated, else published) where known. Past `Feeds:SitemapPageSize` articles (50,000, the protocol's limit) it is a `sitemapindex` of numbered pages, `/sitemap-1.xml`, `/sitemap-2.xml`, … (by article id). {Urls}")
            .ProducesMedia<string>(SitemapXmlWriter.MediaType, () => SitemapExamples.UrlSet)
            .ProducesValidationProblem();
        group.MapGet("/sitemap-{page:int}.xml", GetSitemapPage).WithName(nameof(GetSitemapPage))
            .WithSummary("One page of the sitemap")
            .WithDescription($"Page `page` (from 1) of the articles' sitemap, as listed by the index at /sitemap.xml. {Urls}")
            .ProducesMedia<string>(SitemapXmlWriter.MediaType, () => SitemapExamples.UrlSet)
            .ProducesNotFound("The sitemap has no such page.", "The sitemap has no page 7; /sitemap.xml lists the pages there are.")
            .ProducesValidationProblem();
        group.MapGet("/news-sitemap.xml", GetNewsSitemap).WithName(nameof(GetNewsSitemap))
            .WithSummary("Google News sitemap of the last 48 hours")
            .WithDescription($"The articles published in the last 48 hours (`Feeds:NewsHours`), newest first, at most 1,000, in Google's news sitemap format: publication name (the site's name), language (`Feeds:Language`), publication date and title. {Urls}")
            .ProducesMedia<string>(SitemapXmlWriter.MediaType, () => SitemapExamples.News)
            .ProducesValidationProblem();
        return routes;
    }

    public static async Task<MediaResult> GetSitemap(SitemapReader sitemaps, HttpContext http, CancellationToken cancellationToken) =>
        await sitemaps.RootAsync(http.Request, cancellationToken);

    /// <param name="page" example="1">The page number, from 1, e.g. `1`.</param>
    public static async Task<Results<MediaResult, ProblemHttpResult>> GetSitemapPage(
        int page, SitemapReader sitemaps, HttpContext http, CancellationToken cancellationToken) =>
        await sitemaps.PageAsync(page, http.Request, cancellationToken) is { } sitemap
            ? sitemap
            : Problems.NotFound($"The sitemap has no page {page}; /sitemap.xml lists the pages there are.");

    public static async Task<MediaResult> GetNewsSitemap(SitemapReader sitemaps, HttpContext http, CancellationToken cancellationToken) =>
        await sitemaps.NewsAsync(http.Request, cancellationToken);
}
