using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ContentApi.Common.Xml;

/// <summary>XML documents as UTF-8 bytes without a byte-order mark, declaration first (feeds, sitemaps).</summary>
public static class XmlBytes
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
