using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Media;

/// <summary>Image delivery: `/media/{id}/{file-name}`, public (an `&lt;img&gt;` sends no key), outside `/api` and its rate limit.</summary>
public static class MediaDeliveryApi
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    public const string UnversionedCacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapMediaDeliveryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/media/{id}/{fileName}", GetMediaFile).WithName(nameof(GetMediaFile)).WithTags("Media").WithValidation()
            .CacheOutput(MediaCachePolicy.Name)
            .Produces<Stream>(StatusCodes.Status200OK, "image/webp", "image/avif", "image/jpeg", "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .WithSummary("An image, resized and encoded")
            .WithDescription(MediaDocs.Variant)
            .WithBadRequestExample("w", "'700' is not an allowed width; use one of 160, 320, 480, 640, 800, 960, 1280, 1600, 1920, 2560 (Media:Widths).")
            .ProducesNotFound("No image has this id.", "No image has the id 99.");
        return routes;
    }

    /// <param name="fileName" example="test-pixel.png">Any name, for people and search engines; the API gives the image's own, e.g. `rocket-attack.jpg`.</param>
    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetMediaFile(
        [AsParameters] MediaRoute route, string fileName, [AsParameters] VariantQuery query, ContentDbContext db, MediaVariants variants, HttpContext http,
        CancellationToken cancellationToken)
    {
        var id = route.Value;
        var item = await db.Set<MediaItem>().AsNoTracking().Where(m => m.Id == id)
            .Select(m => new VariantSource(m.Id, m.StorageKey, m.MimeType, m.Width, m.Height, m.FocalX, m.FocalY, m.RenditionKey))
            .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return Problems.NotFound($"No image has the id {id}.");
        }
        var wanted = variants.Resolve(query, item, http.Request.Headers.Accept.ToString());
        if (query.Fmt == "auto")
        {
            http.Response.Headers.Vary = "Accept";
        }
        var file = await variants.GetAsync(item, wanted, cancellationToken);
        if (file is null)
        {
            return Problems.NotFound($"The original of image {id} is missing from the media store.");
        }
        http.Response.Headers.CacheControl = query.V == item.RenditionKey ? ImmutableCacheControl : UnversionedCacheControl;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(file.Path, wanted.Format.MimeType(), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(file.ETag));
    }
}
