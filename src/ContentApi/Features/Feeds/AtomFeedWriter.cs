using System.Xml.Linq;
using ContentApi.Common.Xml;

namespace ContentApi.Features.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
public static class AtomFeedWriter
{
    public const string MediaType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Atom requires an updated instant; with no dated article at all, the Unix epoch stands in.</summary>
    private static readonly DateTime NoDate = DateTime.UnixEpoch;

    public static byte[] Write(Feed feed)
    {
        var updated = feed.Updated ?? NoDate;
        var root = new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", feed.Language),
            new XElement(Atom + "id", feed.SelfUrl),
            new XElement(Atom + "title", feed.Title),
            feed.Description is { } description ? new XElement(Atom + "subtitle", description) : null,
            new XElement(Atom + "updated", XmlBytes.Instant(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", feed.SelfUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", feed.HomeUrl)),
            // A feed-level author covers entries without a byline, as RFC 4287 requires.
            new XElement(Atom + "author", new XElement(Atom + "name", feed.Title), new XElement(Atom + "uri", feed.HomeUrl)),
            feed.LogoUrl is { } logo ? new XElement(Atom + "logo", logo) : null,
            feed.Entries.Select(entry => Entry(entry, updated)));
        return XmlBytes.ToBytes(root);
    }

    // An undated article takes the feed's updated instant (Atom requires one per entry).
    private static XElement Entry(FeedEntry entry, DateTime feedUpdated) => new(Atom + "entry",
        new XElement(Atom + "id", entry.Url),
        new XElement(Atom + "title", entry.Title),
        new XElement(Atom + "updated", XmlBytes.Instant(entry.LastChanged ?? feedUpdated)),
        entry.Published is { } published ? new XElement(Atom + "published", XmlBytes.Instant(published)) : null,
        new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", entry.Url)),
        entry.Author is { } author
            ? new XElement(Atom + "author", new XElement(Atom + "name", author.Name), author.Url is { } uri ? new XElement(Atom + "uri", uri) : null)
            : null,
        entry.Tags.Select(tag => new XElement(Atom + "category", new XAttribute("term", tag))),
        entry.Summary is { } summary ? new XElement(Atom + "summary", summary) : null,
        entry.ContentHtml is { } html ? new XElement(Atom + "content", new XAttribute("type", "html"), html) : null);
}
