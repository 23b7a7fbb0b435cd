using ContentApi.Common.Caching;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Features.Articles.Querying;
using ContentApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Features.Articles;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search", SearchArticles).WithTags("Search").WithName(nameof(SearchArticles))
            .WithSummary("Search articles")
            .WithDescription("""
                Full-text search over titles, excerpts and bodies of published articles, best match first (bm25; a title
                match weighs 10, an excerpt match 4, a body match 1). Every term must match: words, `prefix*`, `"quoted
                phrases"`; accents and case are ignored. Each item carries its `score` and a `snippet`: HTML-escaped
                text with the matches in `<mark>`. Takes the filters, `sort`, `include`, `fields` and both kinds of
                paging of the article lists. `q` is bounded so every search's cost is: at most 200 characters, 16 terms,
                32 words (each word of a phrase counts), 4 prefixes, and a prefix needs 2 letters or digits before
                the `*`, quoted or not; past a bound the 400 says which.
                """)
            .WithValidation()
            .WithPageLinks()
            .WithHttpCaching()
            .WithCacheTags((ArticleListResult list) => list.CacheTags)
            .RequireQueryParameters("q");
        return routes;
    }

    public static async Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> SearchArticles(
        [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, ArticleListing listing, CancellationToken cancellationToken) =>
        query.Q is null
            ? Problems.Invalid("q", $"q is required: the words to search for. {SearchQueryParser.Examples}")
            : await listing.ListAsync(new ArticleListScope("search"), query, paging, ArticleSort.Relevance, cancellationToken);
}
