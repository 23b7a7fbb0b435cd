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

namespace ContentApi.Features.Tags;

public static class TagsApi
{
    public static IEndpointRouteBuilder MapTagsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tags").WithTags("Tags").WithValidation();

        group.MapGet("", ListTags).WithName(nameof(ListTags))
            .WithSummary("List tags")
            .WithDescription("Every tag, by name, each with the number of published articles that carry it.");
        group.MapGet("/{slug}", GetTag).WithName(nameof(GetTag))
            .WithSummary("Get a tag by slug")
            .WithDescription("The tag's name, description and the number of published articles that carry it.")
            .ProducesNotFound("No tag has this slug.", "No tag has the slug 'no-such-tag'.");
        group.MapGet("/{slug}/articles", ListTagArticles).WithName(nameof(ListTagArticles))
            .WithSummary("List a tag's articles")
            .WithDescription("Published articles with this tag, newest first (undated ones after the dated, then by id).")
            .ProducesNotFound("No tag has this slug.", "No tag has the slug 'no-such-tag'.");
        return routes;
    }

    public static async Task<Ok<PagedList<TagResponse>>> ListTags(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Tags.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ProjectToType<TagResponse>(mapping)
            .ToPagedListAsync(query, cancellationToken));

    /// <param name="slug">The tag's slug.</param>
    public static async Task<Results<Ok<TagResponse>, ProblemHttpResult>> GetTag(
        string slug, HttpContext http, ContentDbContext db, TypeAdapterConfig mapping, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .ProjectToType<TagResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        return tag is null ? NoTag(slug) : TypedResults.Ok(http.Tag(tag, json));
    }

    /// <param name="slug">The tag's slug.</param>
    public static async Task<Results<Ok<PagedList<ArticleListItem>>, ProblemHttpResult>> ListTagArticles(
        string slug, [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        if (!await db.Tags.AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            return NoTag(slug);
        }
        return TypedResults.Ok(await db.Articles.AsNoTracking().Where(a => a.Tags.Any(t => t.Tag.Slug == slug))
            .ToArticlePageAsync(query, mapping, cancellationToken));
    }

    private static ProblemHttpResult NoTag(string slug) => Problems.NotFound($"No tag has the slug '{slug}'.");
}
