using System.Xml.Linq;
using ContentApi.Common.Xml;

namespace ContentApi.Features.Sitemaps;

/// <summary>The sitemaps.org 0.9 protocol (urlset and sitemapindex) and Google News sitemaps.</summary>
public static class SitemapXmlWriter
{
    public const string MediaType = "application/xml; charset=utf-8";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) =>
        XmlBytes.ToBytes(new XElement(Sitemap + "urlset", urls.Select(url => new XElement(Sitemap + "url",
            new XElement(Sitemap + "loc", url.Loc),
            url.LastModified is { } modified ? new XElement(Sitemap + "lastmod", XmlBytes.Instant(modified)) : null))));

    public static byte[] Index(IEnumerable<string> sitemapUrls) =>
        XmlBytes.ToBytes(new XElement(Sitemap + "sitemapindex", sitemapUrls.Select(loc => new XElement(Sitemap + "sitemap",
            new XElement(Sitemap + "loc", loc)))));

    public static byte[] NewsUrlSet(string publication, string language, IEnumerable<NewsSitemapUrl> urls) =>
        XmlBytes.ToBytes(new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "news", News.NamespaceName),
            urls.Select(url => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", url.Loc),
                new XElement(News + "news",
                    new XElement(News + "publication", new XElement(News + "name", publication), new XElement(News + "language", language)),
                    new XElement(News + "publication_date", XmlBytes.Instant(url.Published)),
                    new XElement(News + "title", url.Title))))));
}

/// <summary>A page's address and when it last changed (null when unknown).</summary>
public sealed record SitemapUrl(string Loc, DateTime? LastModified);

public sealed record NewsSitemapUrl(string Loc, string Title, DateTime Published);
