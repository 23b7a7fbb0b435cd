using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ContentApi.Features.Feeds;

/// <summary>Writes feed and sitemap XML as UTF-8 without a byte-order mark, declaration first.</summary>
public static class FeedXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static byte[] ToBytes(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>An instant as RFC 3339 / W3C date-time in UTC (Atom, sitemaps).</summary>
    public static string Instant(DateTime instant) =>
        DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
