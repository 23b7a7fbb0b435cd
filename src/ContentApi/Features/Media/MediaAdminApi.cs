using ContentApi.Common.Auth;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Media;

/// <summary>The media library: a key with content:write for every route; PUT, PATCH and DELETE need If-Match.</summary>
public static class MediaAdminApi
{
    public static IEndpointRouteBuilder MapMediaAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/media").WithTags("Media").RequireWriteKey().WithValidation();
        var maxBytes = routes.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxBytes;
        const string notFound = "No image has this id.";
        const string example = "No image has the id 99.";

        group.MapPost("", UploadMedia).WithName(nameof(UploadMedia))
            .ReadsQueryParameters("fileName", "alt", "caption", "credit", "focalPoint", "slug")
            .WithMetadata(new RouteBodyLimit(maxBytes + FormAllowance, "Media:MaxBytes, plus 64 KiB for a form's fields"))
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Upload an image")
            .WithDescription(MediaDocs.Upload)
            .ProducesWriteProblems();
        group.MapGet("", ListMedia).WithName(nameof(ListMedia))
            .WithSummary("List the media library").WithDescription("Every image, newest first, with its image object. Paged by `page` or by cursor (`after`).")
            .WithPageLinks();
        group.MapGet("/{id}", GetMedia).WithName(nameof(GetMedia))
            .WithSummary("Get an image").WithDescription("The image's record and its `ETag` (send it back in `If-Match` to change or delete it).")
            .ProducesNotFound(notFound, example);
        group.MapPut("/{id}", ReplaceMedia).WithName(nameof(ReplaceMedia)).RequireIfMatch()
            .WithSummary("Replace an image's details").WithDescription("Replaces alt, caption, credit and focal point (left out: cleared, the centre); `slug` left out stays. The pixels never change: upload a new image instead. A new focal point gives every variant URL a new `v`. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true).ProducesNotFound(notFound, example);
        group.MapPatch("/{id}", PatchMedia).WithName(nameof(PatchMedia)).RequireIfMatch()
            .Accepts<MediaRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change an image's details").WithDescription("A JSON merge patch (RFC 7396) of the request shape, e.g. `{\"focalPoint\": {\"x\": 0.3, \"y\": 0.4}}`. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{id}", DeleteMedia).WithName(nameof(DeleteMedia)).RequireIfMatch()
            .WithSummary("Delete an image").WithDescription("Deletes the image, its original and its cached variants; 409 naming the articles and authors that use it, while any does. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        return routes;
    }

    /// <summary>Room for the form's boundaries and text fields around the image.</summary>
    private const long FormAllowance = 64 * 1024;

    public static Task<Results<Created<MediaResponse>, ProblemHttpResult, ValidationProblem>> UploadMedia(
        MediaUploads uploads, HttpContext http, CancellationToken cancellationToken) =>
        uploads.CreateAsync(http, cancellationToken);

    public static Task<Results<Ok<PagedList<MediaResponse>>, ValidationProblem>> ListMedia(
        [AsParameters] PageQuery query, ContentDbContext db, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().ToPageAsync(query, new Keyset<MediaItem, MediaResponse>(
            items => items.OrderByDescending(m => m.Id),
            (items, after) => items.Where(m => m.Id < after.Id),
            items => items.Select(MediaMappings.Projection),
            item => new CursorPosition(item.Id)), "media", cursors, cancellationToken);

    public static async Task<Results<Ok<MediaResponse>, ProblemHttpResult>> GetMedia(
        [AsParameters] MediaRoute route, MediaSpec spec, HttpContext http, System.Text.Json.JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await spec.ReadAsync(route.Value, cancellationToken) is { } item ? TypedResults.Ok(http.Tag(item, json)) : Problems.NotFound(NoMedia(route.Value));

    public static Task<Results<Ok<MediaResponse>, ProblemHttpResult, ValidationProblem>> ReplaceMedia(
        [AsParameters] MediaRoute route, [FromBody] MediaRequest request, ItemWrites writes, MediaSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, Load(db, route.Value), NoMedia(route.Value), request, null, http, cancellationToken);

    public static async Task<Results<Ok<MediaResponse>, ProblemHttpResult, ValidationProblem>> PatchMedia(
        [AsParameters] MediaRoute route, ItemWrites writes, MediaSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, Load(db, route.Value), NoMedia(route.Value), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMedia(
        [AsParameters] MediaRoute route, ItemWrites writes, MediaSpec spec, ContentDbContext db, IMediaStore store, VariantCache variants, HttpContext http, CancellationToken cancellationToken)
    {
        var id = route.Value;
        var key = await db.Set<MediaItem>().Where(m => m.Id == id).Select(m => m.StorageKey).FirstOrDefaultAsync(cancellationToken);
        var deleted = await writes.DeleteAsync(spec, Load(db, id), NoMedia(id), http, cancellationToken);
        // An external image (ExternalUrl) has no file in the store: its key is empty.
        if (deleted.Result is NoContent && key is { Length: > 0 })
        {
            await store.DeleteAsync(key, cancellationToken);
            variants.Remove(id);
        }
        return deleted;
    }

    private static Func<CancellationToken, Task<MediaItem?>> Load(ContentDbContext db, int id) =>
        ct => db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct);

    private static string NoMedia(int id) => $"No image has the id {id}.";
}
