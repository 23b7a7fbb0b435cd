using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles.Documents;
using ContentApi.Features.Articles.Querying;
using ContentApi.Features.Site;
using ContentApi.Related;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("Articles").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListArticles).WithName(nameof(ListArticles)).WithCacheTags((ArticleListResult list) => list.CacheTags)
            .WithSummary("List published articles")
            .WithDescription(ArticleListDocs.Description("Published articles"));
        group.MapGet("/{slug}", GetArticle).WithName(nameof(GetArticle)).WithCacheTags((ArticleResponse article) => ArticleCacheTags.Of(article))
            .WithSummary("Get an article by slug")
            .WithDescription("The whole article: body as HTML and plain text, the author box, tags, source attribution, reading time and the donation form the page embeds, and `seo`, its page head (title, description, canonical URL, Open Graph, Twitter card, NewsArticle JSON-LD) computed from the article and the site settings. `include=related` embeds its related articles (as `/related` serves them) in `related`. Sends a strong `ETag` (send it back in `If-Match` to change the article). A published article's old slug answers 301 with `Location`. `preview=true` with a write key also reads drafts, scheduled and archived articles.")
            .WithBadRequestExample(ArticleQuery.Parameter, ArticleQuery.UnknownIncludes(["comments"]))
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.")
            .Produces(StatusCodes.Status301MovedPermanently);
        group.MapGet("/{slug}/related", GetRelatedArticles).WithName(nameof(GetRelatedArticles))
            .WithSummary("More articles you might like")
            .WithDescription("The articles related to this one: the editor's picks first, in the editor's order, then articles computed as related (shared distinctive words, shared tags weighted by rarity, the same author, closeness in time), best first, each with a `score` from 0 to 1 and its `reasons`. No author and no primary tag fills more than half the list unless nothing else is left. Only published articles are listed; lists are computed when articles are written, not per request.")
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.");
        return routes;
    }

    public static Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> ListArticles(
        [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, ArticleListing listing, CancellationToken cancellationToken) =>
        listing.ListAsync(new ArticleListScope("articles"), query, paging, ArticleSort.Newest, cancellationToken);

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug, e.g. `in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria`.</param>
    public static async Task<Results<Ok<ArticleResponse>, StoredRepresentation, ProblemHttpResult, RedirectHttpResult, ChallengeHttpResult, ForbidHttpResult>> GetArticle(
        string slug, [AsParameters] PreviewQuery preview, [AsParameters] ArticleQuery query, HttpContext http, ContentDbContext db,
        IArticleDocumentSource documents, TypeAdapterConfig mapping, SiteIdentityCache site, RelatedListReader related, CancellationToken cancellationToken)
    {
        if (preview.IsPreview && !http.User.CanWrite())
        {
            return http.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
        }
        // The answer rendered at write time, when there is one; otherwise rendered here, storing nothing.
        if (!preview.IsPreview && !query.Wants(ArticleQuery.Related) && await ArticleDocumentReader.ReadAsync(documents, slug) is var (id, stored))
        {
            http.AddCacheTags([CacheTags.Item(ArticleSpec.ResourceName, id)]);
            return stored;
        }
        var candidates = db.Articles.AsNoTracking();
        candidates = preview.IsPreview ? candidates.Where(a => a.DeletedAt == null) : candidates.Visible();
        var article = await ArticleETags.ReadOneAsync(candidates.Where(a => a.Slug == slug), db, mapping, site, cancellationToken);
        if (article is not null)
        {
            return TypedResults.Ok(query.Wants(ArticleQuery.Related)
                ? article with { Related = await related.ReadAsync(article.Id, RelatedQuery.DefaultLimit, cancellationToken) }
                : article);
        }
        // A published article's old slug moves permanently to the current one.
        var current = await db.Set<RetiredSlug>().Where(r => r.Slug == slug)
            .Join(candidates, r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null
            ? NoArticle(slug)
            : TypedResults.Redirect($"/api/v1/articles/{Uri.EscapeDataString(current)}{http.Request.QueryString}", permanent: true);
    }

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The slug of the article whose related articles are wanted.</param>
    public static async Task<Results<Ok<RelatedArticles>, ProblemHttpResult>> GetRelatedArticles(
        string slug, [AsParameters] RelatedQuery query, ContentDbContext db, RelatedListReader related, HttpContext http, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Visible().Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return NoArticle(slug);
        }
        var list = await related.ReadAsync(id, query.Value, cancellationToken);
        http.AddCacheTags(RelatedCacheTags.Of(id, list).Append(CacheTags.Item(ArticleSpec.ResourceName, id)));
        return TypedResults.Ok(list);
    }

    private static ProblemHttpResult NoArticle(string slug) =>
        Problems.NotFound($"No published article has the slug '{slug}'.");
}
