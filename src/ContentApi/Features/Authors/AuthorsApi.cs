using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

public static class AuthorsApi
{
    public static IEndpointRouteBuilder MapAuthorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/authors").WithTags("Authors").WithValidation();

        group.MapGet("", ListAuthors).WithName(nameof(ListAuthors))
            .WithSummary("List authors")
            .WithDescription("Every author, by name, each with the number of their published articles.");
        group.MapGet("/{slug}", GetAuthor).WithName(nameof(GetAuthor))
            .WithSummary("Get an author by slug")
            .WithDescription("The author's full bio: name, biography, links and the number of published articles.")
            .ProducesNotFound("No author has this slug.", "No author has the slug 'nobody'.");
        group.MapGet("/{slug}/articles", ListAuthorArticles).WithName(nameof(ListAuthorArticles))
            .WithSummary("List an author's articles")
            .WithDescription("The author's published articles, newest first (undated ones after the dated, then by id).")
            .ProducesNotFound("No author has this slug.", "No author has the slug 'nobody'.");
        return routes;
    }

    public static async Task<Ok<PagedList<AuthorResponse>>> ListAuthors(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Authors.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id)
            .ProjectToType<AuthorResponse>(mapping)
            .ToPagedListAsync(query, cancellationToken));

    /// <param name="slug">The author's slug, e.g. `the-liberum`.</param>
    public static async Task<Results<Ok<AuthorResponse>, ProblemHttpResult>> GetAuthor(
        string slug, HttpContext http, ContentDbContext db, TypeAdapterConfig mapping, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().Where(a => a.Slug == slug)
            .ProjectToType<AuthorResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        return author is null ? NoAuthor(slug) : TypedResults.Ok(http.Tag(author, json));
    }

    /// <param name="slug">The author's slug, e.g. `ali-albeash`.</param>
    public static async Task<Results<Ok<PagedList<ArticleListItem>>, ProblemHttpResult>> ListAuthorArticles(
        string slug, [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        if (!await db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken))
        {
            return NoAuthor(slug);
        }
        return TypedResults.Ok(await db.Articles.AsNoTracking().Where(a => a.Author!.Slug == slug)
            .ToArticlePageAsync(query, mapping, cancellationToken));
    }

    private static ProblemHttpResult NoAuthor(string slug) => Problems.NotFound($"No author has the slug '{slug}'.");
}
