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

    private static int Dimension(List<KeyValuePair<string, object?>>? metadata, string key) =>
        metadata?.FirstOrDefault(e => e.Key == key).Value switch { long l => l, double d => d, _ => 0d } is var value and > 0 and <= 100_000 ? (int)value : 0;
}
