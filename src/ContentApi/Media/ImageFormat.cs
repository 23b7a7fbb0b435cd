namespace ContentApi.Media;

public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
    Gif,
    Avif,
}

public static class ImageFormats
{
    public const string AcceptedText = "JPEG, PNG, WebP, GIF and AVIF";

    public static string MimeType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => "image/avif",
    };

    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        _ => format.ToString().ToLowerInvariant(),
    };

    /// <summary>The libvips loader that must have read the bytes: a sniffed format is never handed to another decoder.</summary>
    public static string Loader(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpegload_buffer",
        ImageFormat.Png => "pngload_buffer",
        ImageFormat.Webp => "webpload_buffer",
        ImageFormat.Gif => "gifload_buffer",
        _ => "heifload_buffer",
    };

    public static ImageFormat? FromMimeType(string mimeType) =>
        Enum.GetValues<ImageFormat>().Cast<ImageFormat?>().FirstOrDefault(f => f!.Value.MimeType() == mimeType);
}
