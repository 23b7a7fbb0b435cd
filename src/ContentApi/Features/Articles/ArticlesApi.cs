using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Related;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("Articles").WithValidation();

        group.MapGet("", ListArticles).WithName(nameof(ListArticles))
            .WithSummary("List published articles")
            .WithDescription("Published articles, newest first; articles whose publication date is unknown come after the dated ones, then by id. Paged with `page` and `pageSize`.");
        group.MapGet("/{slug}", GetArticle).WithName(nameof(GetArticle))
            .WithSummary("Get an article by slug")
            .WithDescription("The whole article: body as HTML and plain text, the author box, tags, source attribution, reading time and the donation form the page embeds. `include=related` embeds its related articles (as `/related` serves them) in `related`.")
            .WithBadRequestExample(ArticleQuery.Parameter, ArticleQuery.UnknownIncludes(["comments"]))
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.");
        group.MapGet("/{slug}/related", GetRelatedArticles).WithName(nameof(GetRelatedArticles))
            .WithSummary("More articles you might like")
            .WithDescription("The articles related to this one: the editor's picks first, in the editor's order, then articles computed as related (shared distinctive words, shared tags weighted by rarity, the same author, closeness in time), best first, each with a `score` from 0 to 1 and its `reasons`. No author and no primary tag fills more than half the list unless nothing else is left. Only published articles are listed; lists are computed when articles are written, not per request.")
            .ProducesNotFound("No published article has this slug.", "No published article has the slug 'no-such-article'.");
        return routes;
    }

    public static async Task<Ok<PagedList<ArticleListItem>>> ListArticles(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Articles.AsNoTracking().ToArticlePageAsync(query, mapping, cancellationToken));

    /// <param name="slug">The article's slug, e.g. `in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria`.</param>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(
        string slug, [AsParameters] ArticleQuery query, ContentDbContext db, TypeAdapterConfig mapping, RelatedListReader related, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Visible().Where(a => a.Slug == slug)
            .ProjectToType<ArticleResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NoArticle(slug);
        }
        return TypedResults.Ok(query.Wants(ArticleQuery.Related)
            ? article with { Related = await related.ReadAsync(article.Id, RelatedQuery.DefaultLimit, cancellationToken) }
            : article);
    }

    /// <param name="slug">The slug of the article whose related articles are wanted.</param>
    public static async Task<Results<Ok<RelatedArticles>, ProblemHttpResult>> GetRelatedArticles(
        string slug, [AsParameters] RelatedQuery query, ContentDbContext db, RelatedListReader related, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Visible().Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return articleId is null
            ? NoArticle(slug)
            : TypedResults.Ok(await related.ReadAsync(articleId.Value, query.Value, cancellationToken));
    }

    private static ProblemHttpResult NoArticle(string slug) =>
        Problems.NotFound($"No published article has the slug '{slug}'.");
}
