namespace ContentApi.Features.Feeds;

/// <summary>Settings of the feeds and sitemaps (section `Feeds`).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Articles per feed, newest first (1 to 100).</summary>
    public int Items { get; set; } = 20;

    /// <summary>The publication's language (BCP 47), for RSS, Atom, JSON Feed and the news sitemap.</summary>
    public string Language { get; set; } = "en";

    /// <summary>URLs per sitemap page; past it /sitemap.xml becomes an index of pages (the protocol allows 50,000).</summary>
    public int SitemapPageSize { get; set; } = 50_000;

    /// <summary>How far back the Google News sitemap reaches.</summary>
    public int NewsHours { get; set; } = 48;
}
