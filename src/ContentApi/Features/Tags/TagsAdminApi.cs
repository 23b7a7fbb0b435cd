using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

/// <summary>Writing tags: a key with content:write; PUT, PATCH and DELETE need If-Match.</summary>
public static class TagsAdminApi
{
    public static IEndpointRouteBuilder MapTagsAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tags").WithTags("Tags").RequireWriteKey();
        const string notFound = "No tag has this slug.";
        const string example = "No tag has the slug 'no-such-tag'.";

        group.MapPost("", CreateTag).WithName(nameof(CreateTag)).WithValidation()
            .WithSummary("Create a tag").WithDescription("Answers 201 with `Location`, the tag and its `ETag`. 409 when the given slug is taken.")
            .ProducesWriteProblems(conflict: true);
        group.MapPut("/{slug}", ReplaceTag).WithName(nameof(ReplaceTag)).RequireIfMatch().WithValidation()
            .WithSummary("Replace a tag").WithDescription("Replaces every field; `slug` left out stays. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        group.MapPatch("/{slug}", PatchTag).WithName(nameof(PatchTag)).RequireIfMatch()
            .Accepts<TagRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change part of a tag").WithDescription("A JSON merge patch (RFC 7396) of the request shape. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{slug}", DeleteTag).WithName(nameof(DeleteTag)).RequireIfMatch()
            .WithSummary("Delete a tag").WithDescription("Deletes the tag for good; 409 while an article (not deleted) carries it. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        return routes;
    }

    public static Task<Results<Created<TagResponse>, ProblemHttpResult>> CreateTag(
        [FromBody] TagRequest request, ItemWrites writes, TagSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.CreateAsync(spec, new Tag { Slug = "", Name = "" }, request, http, cancellationToken);

    /// <param name="slug" example="syria">The tag's slug.</param>
    public static Task<Results<Ok<TagResponse>, ProblemHttpResult, ValidationProblem>> ReplaceTag(
        string slug, [FromBody] TagRequest request, ItemWrites writes, TagSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, Load(db, slug), NoTag(slug), request, null, http, cancellationToken);

    /// <param name="slug" example="syria">The tag's slug.</param>
    public static async Task<Results<Ok<TagResponse>, ProblemHttpResult, ValidationProblem>> PatchTag(
        string slug, ItemWrites writes, TagSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, Load(db, slug), NoTag(slug), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    /// <param name="slug" example="syria">The tag's slug.</param>
    public static Task<Results<NoContent, ProblemHttpResult>> DeleteTag(
        string slug, ItemWrites writes, TagSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.DeleteAsync(spec, Load(db, slug), NoTag(slug), http, cancellationToken);

    private static Func<CancellationToken, Task<Tag?>> Load(ContentDbContext db, string slug) =>
        ct => db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, ct);

    private static string NoTag(string slug) => $"No tag has the slug '{slug}'.";
}
