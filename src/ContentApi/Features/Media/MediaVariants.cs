using System.Globalization;
using ContentApi.Media;

namespace ContentApi.Features.Media;

/// <summary>What a variant request resolves to, and its file: from the cache, or made from the original once.</summary>
public sealed class MediaVariants(IMediaStore store, VariantCache cache)
{
    public VariantRequest Resolve(VariantQuery query, VariantSource source, string accept)
    {
        int? width = query.W is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : null;
        int? height = query.H is { } h ? int.Parse(h, CultureInfo.InvariantCulture) : null;
        var fit = query.Fit == "contain" || width is null || height is null ? ImageFit.Contain : ImageFit.Cover;
        var format = query.Fmt switch
        {
            "auto" when accept.Contains("image/avif", StringComparison.OrdinalIgnoreCase) && ImageRenderer.CanEncodeAvif => ImageFormat.Avif,
            "auto" when accept.Contains("image/webp", StringComparison.OrdinalIgnoreCase) => ImageFormat.Webp,
            "avif" when ImageRenderer.CanEncodeAvif => ImageFormat.Avif,
            "avif" or "webp" => ImageFormat.Webp,
            "jpeg" => ImageFormat.Jpeg,
            "png" => ImageFormat.Png,
            _ => OwnFormat(source.MimeType),
        };
        var quality = query.Q is { } q ? int.Parse(q, CultureInfo.InvariantCulture) : DefaultQuality(format);
        return new VariantRequest(width, height, fit, format, quality);
    }

    public async Task<VariantFile?> GetAsync(VariantSource source, VariantRequest request, CancellationToken cancellationToken)
    {
        var plan = RenderPlan.For(source.Width, source.Height, request, source.FocalX, source.FocalY);
        // The name holds everything the bytes depend on, so it is also a strong ETag.
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{plan.ResizeWidth}x{plan.ResizeHeight}-{plan.CropLeft}.{plan.CropTop}.{plan.Width}x{plan.Height}-q{request.Quality}.{request.Format.Extension()}");
        var key = Path.Combine(source.Id.ToString(CultureInfo.InvariantCulture), source.RenditionKey, name);
        var path = await cache.GetOrCreateAsync(key, async () =>
            await store.ReadAsync(source.StorageKey, CancellationToken.None) is { } original
                ? await Task.Run(() => ImageRenderer.Render(original, plan, request.Format, request.Quality))
                : null);
        return path is null ? null : new VariantFile(path, $"\"{source.RenditionKey}-{name}\"");
    }

    /// <summary>What a variant is made in when no format is asked for: the original's, except GIF (PNG) and AVIF where it cannot be written (WebP).</summary>
    private static ImageFormat OwnFormat(string mimeType) => ImageFormats.FromMimeType(mimeType) switch
    {
        ImageFormat.Gif => ImageFormat.Png,
        ImageFormat.Avif when !ImageRenderer.CanEncodeAvif => ImageFormat.Webp,
        { } own => own,
        null => ImageFormat.Jpeg,
    };

    private static int DefaultQuality(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => 82,
        ImageFormat.Avif => 60,
        _ => 80,
    };
}

public sealed record VariantSource(int Id, string StorageKey, string MimeType, int Width, int Height, double FocalX, double FocalY, string RenditionKey);

public sealed record VariantFile(string Path, string ETag);
