using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Counting;
using ContentApi.Features.Articles.Querying;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

public static class TagsApi
{
    public static IEndpointRouteBuilder MapTagsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tags").WithTags("Tags").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListTags).WithName(nameof(ListTags)).WithCacheTags(CacheTags.Any(TagChanges.TypeName))
            .WithSummary("List tags")
            .WithDescription("Every tag, by name (then id), each with the number of published articles that carry it. Paged by `page` or by cursor (`after`).");
        group.MapGet("/{slug}", GetTag).WithName(nameof(GetTag)).WithCacheTags((TagResponse tag) => [CacheTags.Item(TagChanges.TypeName, tag.Id)])
            .WithSummary("Get a tag by slug")
            .WithDescription("The tag's name, description and the number of published articles that carry it.")
            .ProducesNotFound("No tag has this slug.", "No tag has the slug 'no-such-tag'.");
        group.MapGet("/{slug}/articles", ListTagArticles).WithName(nameof(ListTagArticles)).WithCacheTags((ArticleListResult list) => list.CacheTags)
            .WithSummary("List a tag's articles")
            .WithDescription(ArticleListDocs.Description("Published articles with this tag"))
            .ProducesNotFound("No tag has this slug.", "No tag has the slug 'no-such-tag'.")
            .ExceptQueryParameters("tag", "tagMode");
        return routes;
    }

    public static Task<Results<Ok<PagedList<TagResponse>>, ValidationProblem>> ListTags(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().ToPageAsync(query, ByName(mapping), "tags", cursors, cancellationToken);

    /// <param name="slug" example="syria">The tag's slug, e.g. `syria` (the tag `POST /api/v1/tags`'s example makes: the seed has no tags, so on a fresh database this answers 404 until it is made).</param>
    public static async Task<Results<Ok<TagResponse>, ProblemHttpResult>> GetTag(
        string slug, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .ProjectToType<TagResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        return tag is null ? NoTag(slug) : TypedResults.Ok(tag);
    }

    /// <param name="slug" example="syria">The tag's slug, e.g. `syria` (the tag `POST /api/v1/tags`'s example makes: the seed has no tags, so on a fresh database this answers 404 until it is made).</param>
    public static async Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> ListTagArticles(
        string slug, [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, ContentDbContext db, ArticleListing listing,
        CancellationToken cancellationToken)
    {
        var tagId = await db.Tags.Where(t => t.Slug == slug).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        return tagId is null
            ? NoTag(slug)
            : await listing.ListAsync(new ArticleListScope($"tags/{slug}", ArticleFilters.WithTag(db, tagId.Value), ArticleCountKey.Tag(tagId.Value), CacheTags.Slug(TagChanges.TypeName, slug)), query, paging, ArticleSort.Newest, cancellationToken);
    }

    private static Keyset<Tag, TagResponse> ByName(TypeAdapterConfig mapping) => new(
        tags => tags.OrderBy(t => t.Name).ThenBy(t => t.Id),
        (tags, after) => tags.Where(t => t.Name.CompareTo(after.Text) > 0 || (t.Name == after.Text && t.Id > after.Id)),
        tags => tags.ProjectToType<TagResponse>(mapping),
        tag => new CursorPosition(tag.Id, Text: tag.Name));

    private static ProblemHttpResult NoTag(string slug) => Problems.NotFound($"No tag has the slug '{slug}'.");
}
