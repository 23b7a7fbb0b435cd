using System.ServiceModel.Syndication;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Feeds;

public sealed class FeedLinksTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task PatchSite_Url_FeedsAndSitemapsLinkToTheSiteInsteadOfTheApi()
    {
        var reader = factory.CreateClient();
        var before = await reader.ReadSyndicationAsync("/api/v1/feeds/rss.xml", new Rss20FeedFormatter());
        Assert.StartsWith("http://localhost/", before.Items.First().Id);

        var etag = (await reader.GetAsync("/api/v1/site")).ETag();
        await factory.CreateWriteClient().PatchAsync("/api/v1/site", new { url = "https://theliberum.com/" }, etag);

        // The write evicted the cached feeds: they now link to the site.
        var after = await reader.ReadSyndicationAsync("/api/v1/feeds/rss.xml", new Rss20FeedFormatter());
        Assert.All(after.Items, item => Assert.StartsWith("https://theliberum.com/", item.Id));
        Assert.Contains(after.Items, item => item.Id == $"https://theliberum.com/{SeedFacts.ArticleSlug}");
        var sitemap = await reader.ReadXmlAsync("/sitemap.xml");
        Assert.All(sitemap.Root!.Descendants(Sitemaps.SitemapsApiTests.Sitemap + "loc"), loc => Assert.StartsWith("https://theliberum.com/", loc.Value));
    }
}
