using NetVips;

namespace ContentApi.Media;

/// <summary>Makes a variant's bytes with libvips: upright (EXIF orientation applied), resized, cropped, encoded with no metadata kept.</summary>
public static class ImageRenderer
{
    public static bool CanEncodeAvif { get; } = Probe(() => Image.Black(8, 8, bands: 3).HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1));

    public static byte[] Render(byte[] original, RenderPlan plan, ImageFormat format, int quality)
    {
        VipsSettings.Apply();
        // Shrink-on-load: a JPEG or WebP is decoded at a fraction of its size when the target is small.
        using var resized = Image.ThumbnailBuffer(original, plan.ResizeWidth, height: plan.ResizeHeight, size: Enums.Size.Force);
        using var cropped = plan.Crops ? resized.Crop(plan.CropLeft, plan.CropTop, plan.Width, plan.Height) : resized.Copy();
        using var srgb = cropped.Colourspace(Enums.Interpretation.Srgb);
        return format switch
        {
            ImageFormat.Jpeg => Opaque(srgb).JpegsaveBuffer(q: quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
            ImageFormat.Png => srgb.PngsaveBuffer(keep: Enums.ForeignKeep.None),
            ImageFormat.Avif => srgb.HeifsaveBuffer(q: quality, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None),
            _ => srgb.WebpsaveBuffer(q: quality, effort: 2, keep: Enums.ForeignKeep.None),
        };
    }

    private static Image Opaque(Image image) => image.HasAlpha() ? image.Flatten([255, 255, 255]) : image;

    private static bool Probe(Func<byte[]> encode)
    {
        VipsSettings.Apply();
        try
        {
            return encode().Length > 0;
        }
        catch (VipsException)
        {
            return false;
        }
    }
}
