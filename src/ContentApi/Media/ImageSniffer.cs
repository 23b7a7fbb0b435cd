using System.Text;

namespace ContentApi.Media;

/// <summary>What the bytes are, from their magic numbers alone: never from a header or a file name.</summary>
public static class ImageSniffer
{
    // A browser that sniffs an image served with the wrong type may run HTML hidden in it; such files are refused outright.
    private static readonly byte[][] HtmlMarkers =
        [.. new[] { "<html", "<script", "<body", "<iframe", "<!doctype", "<svg", "<object", "<embed" }.Select(Encoding.ASCII.GetBytes)];

    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => ImageFormat.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ImageFormat.Webp,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => ImageFormat.Gif,
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f' or (byte)'s', ..] => ImageFormat.Avif,
        _ => null,
    };

    /// <summary>True when the bytes look like SVG or other XML text: refused, since SVG can carry script.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first HTML tag found anywhere in the bytes (a JPEG comment or trailer can hide a page), or null.</summary>
    public static string? FindHtml(ReadOnlySpan<byte> bytes)
    {
        for (var at = bytes.IndexOf((byte)'<'); at >= 0; at = bytes.IndexOf((byte)'<'))
        {
            bytes = bytes[at..];
            foreach (var marker in HtmlMarkers)
            {
                if (bytes.Length >= marker.Length && Ascii.EqualsIgnoreCase(bytes[..marker.Length], marker))
                {
                    return Encoding.ASCII.GetString(marker);
                }
            }
            bytes = bytes[1..];
        }
        return null;
    }
}
