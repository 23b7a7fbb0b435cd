using System.Text;
using ContentApi.Features.Articles;

namespace ContentApi.Features.Feeds;

/// <summary>The documented examples: the seed article in each format, as served once the site's `url` is set.</summary>
internal static class FeedExamples
{
    private static readonly Feed Example = new(
        "The Liberum", "Vox Populi, Vox Dei", "https://theliberum.com", "https://theliberum.com/api/v1/feeds/rss.xml?author=the-liberum", "en", null,
        new DateTime(2025, 7, 24, 0, 0, 0, DateTimeKind.Utc),
        [
            new FeedEntry(
                $"https://theliberum.com/{ArticleExamples.Article.Slug}", ArticleExamples.Article.Title, ArticleExamples.Article.Excerpt,
                ArticleExamples.Article.BodyHtml, new DateTime(2025, 7, 24, 0, 0, 0, DateTimeKind.Utc), null,
                new FeedAuthor("The Liberum", null), ["Syria"]),
        ]);

    public static string Rss => Encoding.UTF8.GetString(RssFeedWriter.Write(Example));

    public static string Atom => Encoding.UTF8.GetString(AtomFeedWriter.Write(Example with { SelfUrl = Example.SelfUrl.Replace("rss.xml", "atom.xml", StringComparison.Ordinal) }));

    public static string Json => Encoding.UTF8.GetString(JsonFeedWriter.Write(Example with { SelfUrl = Example.SelfUrl.Replace("rss.xml", "feed.json", StringComparison.Ordinal) }));
}
