using System.Xml;
using System.Xml.Linq;

namespace ContentApi.Features.Import.Wxr;

/// <summary>
/// Streams a WordPress export (WXR 1.x) with an XmlReader: one item in memory at a time, so a file of
/// any size is read in flat memory. DTDs are refused (no entity expansion: an XML bomb is an error,
/// not a crash), and a file that ends early or is not a WordPress export throws <see cref="WxrException"/>.
/// </summary>
public static class WxrReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static IEnumerable<WxrRecord> Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        using var records = ReadRecords(reader).GetEnumerator();
        while (true)
        {
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }
            }
            catch (XmlException exception)
            {
                throw new WxrException($"The file is not well-formed XML at line {exception.LineNumber}, position {exception.LinePosition} "
                    + $"(cut short, or not an export): {exception.Message}", exception);
            }
            yield return records.Current;
        }
    }

    private static IEnumerable<WxrRecord> ReadRecords(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "rss")
        {
            throw new WxrException($"This is not a WordPress export: its root element is <{reader.LocalName}>, not <rss>.");
        }
        var (title, link, blogUrl, version) = ("", (string?)null, (string?)null, (string?)null);
        var siteSent = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 2)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "title": title = reader.ReadElementContentAsString(); continue;
                case "link": link = reader.ReadElementContentAsString(); continue;
                case "base_blog_url": blogUrl = reader.ReadElementContentAsString(); continue;
                case "wxr_version": version = reader.ReadElementContentAsString(); continue;
                case "author" or "category" or "tag" or "term" or "item":
                    break;
                default:
                    reader.Skip();
                    continue;
            }
            var name = reader.LocalName;
            var element = (XElement)XNode.ReadFrom(reader);
            if (!siteSent)
            {
                yield return Site(title, blogUrl ?? link, version);
                siteSent = true;
            }
            if (WxrElements.Parse(name, element) is { } record)
            {
                yield return record;
            }
        }
        if (!siteSent)
        {
            yield return Site(title, blogUrl ?? link, version);
        }
    }

    private static WxrSite Site(string title, string? url, string? version)
    {
        if (version is null)
        {
            throw new WxrException("This is an RSS file but not a WordPress export: it has no <wp:wxr_version>. Export from WordPress with Tools → Export.");
        }
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var site))
        {
            throw new WxrException("The export names no site address (<wp:base_blog_url> or the channel's <link>), so its items cannot be told apart from another site's.");
        }
        return new WxrSite(title.Trim(), site.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }
}
