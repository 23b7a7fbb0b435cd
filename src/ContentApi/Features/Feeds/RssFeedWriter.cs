using System.Globalization;
using System.Xml.Linq;
using ContentApi.Common.Xml;

namespace ContentApi.Features.Feeds;

/// <summary>RSS 2.0 (with the content, dc and atom namespaces for the body, bylines and the self link).</summary>
public static class RssFeedWriter
{
    public const string MediaType = "application/rss+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(Feed feed)
    {
        var channel = new XElement("channel",
            new XElement("title", feed.Title),
            new XElement("link", feed.HomeUrl),
            // RSS requires a description; the title stands in while the site has none.
            new XElement("description", feed.Description ?? feed.Title),
            new XElement("language", feed.Language),
            new XElement(Atom + "link", new XAttribute("href", feed.SelfUrl), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            feed.Updated is { } updated ? new XElement("lastBuildDate", Rfc822(updated)) : null,
            feed.LogoUrl is { } logo ? new XElement("image", new XElement("url", logo), new XElement("title", feed.Title), new XElement("link", feed.HomeUrl)) : null,
            feed.Entries.Select(Item));
        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "atom", Atom.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            channel);
        return XmlBytes.ToBytes(rss);
    }

    private static XElement Item(FeedEntry entry) => new("item",
        new XElement("title", entry.Title),
        new XElement("link", entry.Url),
        new XElement("guid", new XAttribute("isPermaLink", "true"), entry.Url),
        entry.Summary is { } summary ? new XElement("description", summary) : null,
        entry.ContentHtml is { } html ? new XElement(Content + "encoded", new XCData(html)) : null,
        entry.Published is { } published ? new XElement("pubDate", Rfc822(published)) : null,
        // RSS's own <author> must be an e-mail address; bylines go in dc:creator.
        entry.Author is { } author ? new XElement(Dc + "creator", author.Name) : null,
        entry.Tags.Select(tag => new XElement("category", tag)));

    private static string Rfc822(DateTime instant) =>
        DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
