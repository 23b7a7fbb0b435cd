using NetVips;

namespace ContentApi.Media;

/// <summary>What an upload is: a refusal, or its format, upright size and placeholder. Nothing is decoded before its header passed the pixel limit.</summary>
public static class ImageInspector
{
    public static ImageInspection Inspect(byte[] bytes, long maxPixels)
    {
        if (bytes.Length == 0)
        {
            return new ImageRefusal(StatusCodes.Status400BadRequest, $"The upload is empty. Send an image: {ImageFormats.AcceptedText}.");
        }
        if (ImageSniffer.Sniff(bytes) is not { } format)
        {
            return new ImageRefusal(StatusCodes.Status415UnsupportedMediaType, ImageSniffer.LooksLikeSvg(bytes)
                ? $"SVG is not accepted: it can carry script. Send {ImageFormats.AcceptedText}."
                : $"The bytes are not an image this API takes (it reads the format from the bytes, not from the content type or file name). Send {ImageFormats.AcceptedText}.");
        }
        if (ImageSniffer.FindHtml(bytes) is { } tag)
        {
            return Unreadable($"The file is a {format.ToString().ToUpperInvariant()} but also holds HTML ('{tag}'); such files are refused.");
        }
        VipsSettings.Apply();
        try
        {
            using var header = Image.NewFromBuffer(bytes);
            if (header.Get("vips-loader") as string != format.Loader())
            {
                return Unreadable($"The file starts like {format.ToString().ToUpperInvariant()} but does not read as one.");
            }
            var pixels = (long)header.Width * header.Height;
            if (pixels > maxPixels)
            {
                return Unreadable($"The image is {header.Width} x {header.Height} pixels ({pixels:N0}); at most {maxPixels:N0} pixels are accepted (Media:MaxPixels).");
            }
            var sideways = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation >= 5;
            // A truncated file decodes with a grey remainder unless told to fail.
            using var thumbnail = Image.ThumbnailBuffer(bytes, 32, optionString: "fail_on=truncated", height: 32);
            var rgb = RgbBytes.Of(thumbnail);
            return new InspectedImage(format, sideways ? header.Height : header.Width, sideways ? header.Width : header.Height,
                BlurHash.Encode(rgb, thumbnail.Width, thumbnail.Height), DominantColor.Of(rgb));
        }
        catch (VipsException exception)
        {
            return Unreadable($"The file could not be decoded as {format.ToString().ToUpperInvariant()} (truncated or damaged?): {exception.Message.Split('\n')[0].Trim()}");
        }
    }

    private static ImageRefusal Unreadable(string detail) => new(StatusCodes.Status422UnprocessableEntity, detail);
}

public abstract record ImageInspection;

public sealed record InspectedImage(ImageFormat Format, int Width, int Height, string BlurHash, string DominantColor) : ImageInspection;

public sealed record ImageRefusal(int Status, string Detail) : ImageInspection;

internal static class RgbBytes
{
    /// <summary>The image as 8-bit sRGB, R, G, B per pixel, transparency laid on white.</summary>
    public static byte[] Of(Image image)
    {
        using var srgb = image.Colourspace(Enums.Interpretation.Srgb);
        using var opaque = srgb.HasAlpha() ? srgb.Flatten([255, 255, 255]) : srgb.Copy();
        using var bytes = opaque.Cast(Enums.BandFormat.Uchar);
        return bytes.WriteToMemory<byte>();
    }
}
