using System.Text;
using ContentApi.Features.Articles;

namespace ContentApi.Features.Sitemaps;

/// <summary>The documented examples, with the site's `url` set to https://theliberum.com.</summary>
internal static class SitemapExamples
{
    private static readonly string ArticleUrl = $"https://theliberum.com/{ArticleExamples.Article.Slug}";

    public static string UrlSet => Encoding.UTF8.GetString(SitemapXmlWriter.UrlSet(
    [
        new SitemapUrl(ArticleUrl, new DateTime(2025, 7, 24, 0, 0, 0, DateTimeKind.Utc)),
        new SitemapUrl($"https://theliberum.com/{ArticleExamples.ListItem.Slug}", null),
    ]));

    public static string News => Encoding.UTF8.GetString(SitemapXmlWriter.NewsUrlSet("The Liberum", "en",
        [new NewsSitemapUrl(ArticleUrl, ArticleExamples.Article.Title, new DateTime(2025, 7, 24, 0, 0, 0, DateTimeKind.Utc))]));
}
