using ContentApi.Common.OpenApi;
using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Features.Articles;
using ContentApi.Features.Site;
using ContentApi.Features.Articles.Querying;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Features.Feeds;

/// <summary>The published articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, filtered as the article list is.</summary>
public static class FeedsApi
{
    /// <summary>List parameters a feed does not take: its order, shape and paging are fixed.</summary>
    private static readonly string[] NotFeedParameters = ["sort", "fields", "include", "relatedLimit"];

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder routes)
    {
        // A feed shows the newest articles and the site's name: any article's write may change it.
        var group = routes.MapGroup("/api/v1/feeds").WithTags("Feeds").WithValidation().WithHttpCaching()
            .WithCacheTags(CacheTags.Any(ArticleSpec.ResourceName), CacheTags.Any(SiteChanges.TypeName));

        group.MapGet("/rss.xml", GetRssFeed).WithName(nameof(GetRssFeed))
            .WithSummary("RSS 2.0 feed of the published articles")
            .WithDescription(Description("RSS 2.0, with the body in `content:encoded` and bylines in `dc:creator`"))
            .ProducesMedia<string>(RssFeedWriter.MediaType, () => FeedExamples.Rss)
            .ExceptQueryParameters(NotFeedParameters);
        group.MapGet("/atom.xml", GetAtomFeed).WithName(nameof(GetAtomFeed))
            .WithSummary("Atom 1.0 feed of the published articles")
            .WithDescription(Description("Atom 1.0 (RFC 4287), with the body as `content type=\"html\"`; an undated article's `updated` is the feed's"))
            .ProducesMedia<string>(AtomFeedWriter.MediaType, () => FeedExamples.Atom)
            .ExceptQueryParameters(NotFeedParameters);
        group.MapGet("/feed.json", GetJsonFeed).WithName(nameof(GetJsonFeed))
            .WithSummary("JSON Feed 1.1 of the published articles")
            .WithDescription(Description("JSON Feed 1.1, with the body in `content_html` (a teaser's excerpt in `content_text`)"))
            .ProducesMedia<JsonFeedDocument>(JsonFeedWriter.MediaType, () => FeedExamples.Json)
            .ExceptQueryParameters(NotFeedParameters);
        return routes;
    }

    public static Task<Results<MediaResult, ValidationProblem, ProblemHttpResult>> GetRssFeed(
        [AsParameters] ArticleListQuery query, FeedReader feeds, HttpContext http, CancellationToken cancellationToken) =>
        feeds.ReadAsync(query, http.Request, RssFeedWriter.MediaType, RssFeedWriter.Write, cancellationToken);

    public static Task<Results<MediaResult, ValidationProblem, ProblemHttpResult>> GetAtomFeed(
        [AsParameters] ArticleListQuery query, FeedReader feeds, HttpContext http, CancellationToken cancellationToken) =>
        feeds.ReadAsync(query, http.Request, AtomFeedWriter.MediaType, AtomFeedWriter.Write, cancellationToken);

    public static Task<Results<MediaResult, ValidationProblem, ProblemHttpResult>> GetJsonFeed(
        [AsParameters] ArticleListQuery query, FeedReader feeds, HttpContext http, CancellationToken cancellationToken) =>
        feeds.ReadAsync(query, http.Request, JsonFeedWriter.MediaType, JsonFeedWriter.Write, cancellationToken);

    private static string Description(string format) => $$"""
        The newest published articles (20 by default, `Feeds:Items`), newest first, as {{format}}.
        Takes the article list's filters: `author`, `tag` (+ `tagMode`), `publishedAfter`, `publishedBefore`, `source`, `hasDonationForm` and `q`, so a front end can offer a feed per author, tag or search; a bad value or another parameter is a 400 as on the list.
        Item links are each article's `canonicalUrl`, else `{site url}/{slug}`, where the site url is the site settings' `url`, else this API's own base URL. Sends a strong `ETag`; `If-None-Match` answers 304.
        """;
}
