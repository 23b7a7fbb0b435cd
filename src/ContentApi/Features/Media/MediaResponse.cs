using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Media;

/// <summary>An image in the media library.</summary>
/// <param name="Url">The image at full size in its own format, metadata stripped; versioned (see `image`).</param>
/// <param name="FileName">The URL file name: the slug and the format's extension.</param>
/// <param name="MimeType">The original's format, read from its bytes: image/jpeg, image/png, image/webp, image/gif or image/avif.</param>
/// <param name="Width">Width in pixels, upright (EXIF orientation applied); null when unknown (an imported WordPress image whose export did not say).</param>
/// <param name="Height">Height in pixels, upright; null when unknown.</param>
/// <param name="Bytes">The original's size in bytes.</param>
/// <param name="FocalPoint">The point crops keep in frame, x and y from 0 to 1.</param>
/// <param name="DominantColor">The dominant colour, `#rrggbb`.</param>
/// <param name="BlurHash">A BlurHash of 4 x 3 components, for a blurred placeholder.</param>
/// <param name="Image">The image object as articles and authors embed it, with `srcset` and `sizes` (a featured image's).</param>
public sealed record MediaResponse(
    int Id, string Url, string FileName, string MimeType, int? Width, int? Height, long Bytes, string? Alt, string? Caption, string? Credit,
    FocalPoint FocalPoint, string DominantColor, string BlurHash, DateTime CreatedAt, DateTime UpdatedAt, ResponsiveImage Image)
    : IHasExample<MediaResponse>
{
    public static MediaResponse Example => MediaExamples.Item;
}
