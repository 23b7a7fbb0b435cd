using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>
/// What the export says of an attachment a featured image points at: its URL, alt
/// (`_wp_attachment_image_alt`), caption (the attachment's excerpt) and, where
/// `_wp_attachment_metadata` has them, its width and height (else 0: unknown).
/// </summary>
public sealed record WxrAttachment(string Url, string? Alt, string? Caption, int Width, int Height)
{
    public static WxrAttachment? From(WxrItem item)
    {
        if (!Uri.TryCreate(item.AttachmentUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var alt = item.Meta.TryGetValue("_wp_attachment_image_alt", out var given) && given.Trim() is { Length: > 0 } a ? a : null;
        var caption = string.Join(" ", HtmlText.Blocks(item.Excerpt)).Trim() is { Length: > 0 } c ? c : null;
        var size = item.Meta.TryGetValue("_wp_attachment_metadata", out var metadata)
            ? PhpSerialized.Parse(metadata) as List<KeyValuePair<string, object?>>
            : null;
        return new WxrAttachment(url.AbsoluteUri, alt, caption, Dimension(size, "width"), Dimension(size, "height"));
    }

    /// <summary>WordPress writes sizes as integers; a whole float is taken too, anything else is unknown.</summary>
    private static int Dimension(List<KeyValuePair<string, object?>>? metadata, string key) =>
        metadata?.FirstOrDefault(e => e.Key == key).Value switch
        {
            long pixels and > 0 and <= MaxPixels => (int)pixels,
            double pixels when pixels is > 0 and <= MaxPixels && Math.Round(pixels) == pixels => (int)pixels,
            _ => 0,
        };

    private const int MaxPixels = 100_000;
}
