using System.Globalization;
using ContentApi.Common.OpenApi;
using ContentApi.Media;

namespace ContentApi.Features.Media;

/// <summary>
/// Everything an `&lt;img&gt;` needs, wherever an image appears: write `src`, `srcset`, `sizes`, `width`,
/// `height` and `alt` from it as they are, and show `placeholder` until the image arrives. URLs are
/// relative to the API's origin and versioned: they change when the image or its focal point does.
/// </summary>
/// <param name="Url">The image at its full size in its own format (JPEG or PNG; WebP and AVIF uploads as they are); for an imported WordPress image kept where it was, its absolute URL there.</param>
/// <param name="Width">Width in pixels, upright (EXIF orientation applied); null when unknown (an imported image whose export did not say).</param>
/// <param name="Height">Height in pixels, upright; null when unknown.</param>
/// <param name="Alt">Text for `alt`; null when the editor gave none (then write `alt=""` only for a decorative image).</param>
/// <param name="Caption">A caption to show under the image; null when none.</param>
/// <param name="Credit">Who to credit (photographer, agency); null when none.</param>
/// <param name="FocalPoint">The point crops keep in frame, x and y from 0 to 1 (left/top to right/bottom); CSS `object-position` takes it as percentages.</param>
/// <param name="Placeholder">What to show while loading: a BlurHash and the dominant colour.</param>
/// <param name="Srcset">WebP variants at a few widths up to the image's own, for `srcset`; an imported image kept where it was has no variants: its URL alone, or empty when its width is unknown.</param>
/// <param name="Sizes">A suggested `sizes` for where this image appears.</param>
public sealed record ResponsiveImage(
    string Url, int? Width, int? Height, string? Alt, string? Caption, string? Credit, FocalPoint FocalPoint,
    ImagePlaceholder Placeholder, string Srcset, string Sizes) : IHasSchemaExample<ResponsiveImage>
{
    public static ResponsiveImage Example => From(MediaExamples.Entity, ImageSizes.Featured);

    /// <summary>Called inside EF projections: its arguments are selected as columns, the object is built after.</summary>
    public static ResponsiveImage From(MediaItem item, string sizes)
    {
        // An external image has no variants: its one URL is the srcset, with its width where known.
        IEnumerable<(string Url, int Width)> widths = item.ExternalUrl is not null
            ? (item.Width > 0 ? [(item.ExternalUrl, item.Width)] : [])
            : ImageSizes.SrcsetWidths.Where(w => w < item.Width).Select(w => (Url: MediaUrls.Variant(item, w, "webp"), Width: w))
                .Append((Url: MediaUrls.Variant(item, null, "webp"), item.Width));
        return new ResponsiveImage(MediaUrls.Original(item), MediaSize.Known(item.Width), MediaSize.Known(item.Height), item.Alt, item.Caption, item.Credit,
            new FocalPoint(item.FocalX, item.FocalY), new ImagePlaceholder(item.BlurHash, item.DominantColor),
            string.Join(", ", widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Url} {w.Width}w"))), sizes);
    }
}

/// <param name="X">From 0 (left edge) to 1 (right edge).</param>
/// <param name="Y">From 0 (top edge) to 1 (bottom edge).</param>
public sealed record FocalPoint(double X, double Y);

/// <param name="BlurHash">A BlurHash (blurha.sh) of 4 x 3 components: decode it to a small blurred image.</param>
/// <param name="Color">The image's dominant colour, `#rrggbb`: a background to show at once.</param>
public sealed record ImagePlaceholder(string BlurHash, string Color);

/// <summary>A stored size of 0 means unknown (an imported image kept where it was, its export silent): served as null.</summary>
public static class MediaSize
{
    public static int? Known(int pixels) => pixels > 0 ? pixels : null;
}

public static class MediaUrls
{
    /// <summary>`/media/{id}/{fileName}?v=…`: the original's size and format, metadata stripped; an external image's own URL.</summary>
    public static string Original(MediaItem item) => item.ExternalUrl ?? $"/media/{item.Id}/{item.FileName}?v={item.RenditionKey}";

    public static string Variant(MediaItem item, int? width, string format) => width is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"/media/{item.Id}/{item.FileName}?w={w}&fmt={format}&v={item.RenditionKey}")
        : $"/media/{item.Id}/{item.FileName}?fmt={format}&v={item.RenditionKey}";
}
