using System.Net;
using System.Xml.Linq;
using ContentApi.Features.Articles;
using ContentApi.Tests.Features.Feeds;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Sitemaps;

public sealed class SitemapsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    internal static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task GetSitemap_FewArticles_IsOneUrlsetOfEveryPublishedArticle()
    {
        var sitemap = await factory.CreateClient().ReadXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locs = sitemap.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(7, locs.Distinct().Count());
        Assert.Contains($"http://localhost/{SeedFacts.ArticleSlug}", locs);
        // lastmod only where a date is known: three of the seed's teasers are dated.
        Assert.Equal(3, sitemap.Root.Descendants(Sitemap + "lastmod").Count());
        Assert.Contains("2025-07-24T00:00:00Z", sitemap.Root.Descendants(Sitemap + "lastmod").Select(l => l.Value));
    }

    [Fact]
    public async Task GetSitemap_UnknownParameter_Returns400()
    {
        await (await factory.CreateClient().GetAsync("/sitemap.xml?page=2")).AssertValidationProblemAsync("page");
    }

    [Fact]
    public async Task GetSitemap_CurrentETag_Answers304()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/sitemap.xml");
        var again = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}

/// <summary>Adds articles, so apart from the counts above.</summary>
public sealed class NewsSitemapTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly XNamespace Sitemap = SitemapsApiTests.Sitemap;
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task GetNewsSitemap_ListsOnlyWhatWasPublishedInTheLast48Hours()
    {
        var now = DateTime.UtcNow;
        await factory.InsertAsync(
            new Article { Slug = "fresh-news", Title = "Fresh news", Status = ArticleStatus.Published, PublishedAt = now.AddHours(-1) },
            new Article { Slug = "old-news", Title = "Old news", Status = ArticleStatus.Published, PublishedAt = now.AddHours(-72) },
            new Article { Slug = "draft-news", Title = "Draft news", Status = ArticleStatus.Draft, PublishedAt = now.AddHours(-1) });

        var sitemap = await factory.CreateClient().ReadXmlAsync("/news-sitemap.xml");

        var url = Assert.Single(sitemap.Root!.Elements(Sitemap + "url"));
        Assert.Equal("http://localhost/fresh-news", url.Element(Sitemap + "loc")!.Value);
        var news = url.Element(News + "news")!;
        Assert.Equal(SeedFacts.SiteName, news.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("en", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("Fresh news", news.Element(News + "title")!.Value);
        Assert.True(DateTime.Parse(news.Element(News + "publication_date")!.Value, System.Globalization.CultureInfo.InvariantCulture) > now.AddHours(-2));
    }
}

/// <summary>Three URLs a page, so the seed's seven articles make an index of three pages.</summary>
public sealed class SmallSitemapPagesFactory : ContentApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Feeds:SitemapPageSize", "3")];
}

public sealed class SitemapIndexTests(SmallSitemapPagesFactory factory) : IClassFixture<SmallSitemapPagesFactory>
{
    private static readonly XNamespace Sitemap = SitemapsApiTests.Sitemap;

    [Fact]
    public async Task GetSitemap_MoreArticlesThanAPage_IsAnIndexWhosePagesListEachArticleOnce()
    {
        var client = factory.CreateClient();
        var index = await client.ReadXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var pages = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(["http://localhost/sitemap-1.xml", "http://localhost/sitemap-2.xml", "http://localhost/sitemap-3.xml"], pages);
        var locs = new List<string>();
        foreach (var page in pages)
        {
            var urlset = await client.ReadXmlAsync(new Uri(page).AbsolutePath);
            Assert.Equal(Sitemap + "urlset", urlset.Root!.Name);
            locs.AddRange(urlset.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
        }
        Assert.Equal(7, locs.Distinct().Count());
        Assert.Equal(7, locs.Count);
    }

    [Theory]
    [InlineData("/sitemap-4.xml")]
    [InlineData("/sitemap-0.xml")]
    public async Task GetSitemapPage_PastTheLastPage_ReturnsProblem404(string url)
    {
        await (await factory.CreateClient().GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
