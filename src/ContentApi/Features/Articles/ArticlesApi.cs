using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Common.Http;
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
            .WithDescription("The whole article: body as HTML and plain text, the author box, tags, source attribution, reading time and the donation form the page embeds. Sends a strong `ETag` (send it back in `If-Match` to change the article). A published article's old slug answers 301 with `Location`. `preview=true` with a write key also reads drafts, scheduled and archived articles.")
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.")
            .Produces(StatusCodes.Status301MovedPermanently);
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
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult, RedirectHttpResult, ChallengeHttpResult, ForbidHttpResult>> GetArticle(
        string slug, [AsParameters] PreviewQuery query, HttpContext http, ContentDbContext db, TypeAdapterConfig mapping,
        CancellationToken cancellationToken)
    {
        if (query.IsPreview && !http.User.CanWrite())
        {
            return http.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
        }
        var candidates = db.Articles.AsNoTracking();
        candidates = query.IsPreview ? candidates.Where(a => a.DeletedAt == null) : candidates.Visible();
        var article = await candidates.Where(a => a.Slug == slug)
            .ProjectToType<ArticleResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        if (article is not null)
        {
            return TypedResults.Ok(article);
        }
        // A published article's old slug moves permanently to the current one.
        var current = await db.Set<RetiredSlug>().Where(r => r.Slug == slug)
            .Join(candidates, r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null
            ? NoArticle(slug)
            : TypedResults.Redirect($"/api/v1/articles/{Uri.EscapeDataString(current)}{http.Request.QueryString}", permanent: true);
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
