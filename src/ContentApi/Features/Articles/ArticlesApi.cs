using ContentApi.Common.Caching;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles.Querying;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("Articles").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListArticles).WithName(nameof(ListArticles))
            .WithSummary("List published articles")
            .WithDescription(ArticleListDocs.Description("Published articles"))
            .RejectUnknownQueryParameters();
        group.MapGet("/{slug}", GetArticle).WithName(nameof(GetArticle))
            .WithSummary("Get an article by slug")
            .WithDescription("The whole article: body as HTML and plain text, the author box, tags, source attribution, reading time and the donation form the page embeds.")
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.");
        group.MapGet("/{slug}/related", GetRelatedArticles).WithName(nameof(GetRelatedArticles))
            .WithSummary("More articles you might like")
            .WithDescription("The articles related to this one, editor-chosen first, in the editor's order. Only published articles are listed.")
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.");
        return routes;
    }

    public static Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> ListArticles(
        [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, ArticleListing listing, CancellationToken cancellationToken) =>
        listing.ListAsync(new ArticleListScope("articles"), query, paging, ArticleSort.Newest, cancellationToken);

    /// <param name="slug">The article's slug, e.g. `in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria`.</param>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(
        string slug, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Visible().Where(a => a.Slug == slug)
            .ProjectToType<ArticleResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        return article is null ? NoArticle(slug) : TypedResults.Ok(article);
    }

    /// <param name="slug">The slug of the article whose related articles are wanted.</param>
    public static async Task<Results<Ok<RelatedArticles>, ProblemHttpResult>> GetRelatedArticles(
        string slug, [AsParameters] RelatedQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Visible().Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is null)
        {
            return NoArticle(slug);
        }
        var picks = db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .SelectMany(a => a.RelatedLinks)
            .OrderBy(l => l.Position)
            .Select(l => l.RelatedArticle)
            .Visible();
        var total = await picks.CountAsync(cancellationToken);
        var items = await picks.Take(query.Value).ProjectToType<ArticleListItem>(mapping).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RelatedArticles(items, new RelatedMeta(query.Value, total)));
    }

    private static ProblemHttpResult NoArticle(string slug) =>
        Problems.NotFound($"No published article has the slug '{slug}'.");
}
