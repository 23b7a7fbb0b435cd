using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.QueryDataFactory;

namespace ContentApi.Tests.Features.Feeds;

public sealed class FeedsApiTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetRssFeed_AuthorFilter_ReadsBackAsRss20WithTheirArticlesNewestFirst()
    {
        var feed = await _client.ReadSyndicationAsync("/api/v1/feeds/rss.xml?author=writer-a", new Rss20FeedFormatter());

        Assert.Equal(SeedFacts.SiteName, feed.Title.Text);
        Assert.Equal([Marotta, OilDeal], feed.Items.Select(i => i.Links[0].Uri.AbsolutePath.TrimStart('/')));
        var marotta = feed.Items.First();
        Assert.Equal("http://localhost/marotta-speaks", marotta.Id);
        Assert.Equal("Marotta speaks", marotta.Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), marotta.PublishDate);
        Assert.Equal(["Politics"], marotta.Categories.Select(c => c.Name));
        Assert.Equal("Writer A", marotta.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/").Single());
    }

    [Fact]
    public async Task GetRssFeed_SeedArticle_CarriesItsBodyAsContentEncoded()
    {
        var feed = await _client.ReadSyndicationAsync("/api/v1/feeds/rss.xml?source=Asharq%20Al-Awsat", new Rss20FeedFormatter());

        var item = Assert.Single(feed.Items);
        Assert.Equal(SeedFacts.ArticleTitle, item.Title.Text);
        Assert.Contains("&quot;There are no (US) injuries", item.Content());
        Assert.Equal(default, item.PublishDate); // undated: no pubDate rather than a made-up one
    }

    [Fact]
    public async Task GetAtomFeed_TagsAll_ReadsBackAsAtom10WithAuthorLinkAndCategories()
    {
        var feed = await _client.ReadSyndicationAsync("/api/v1/feeds/atom.xml?tag=energy,politics&tagMode=all", new Atom10FeedFormatter());

        Assert.Equal("http://localhost/api/v1/feeds/atom.xml?tag=energy,politics&tagMode=all", feed.Id);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://localhost/oil-field-deal-signed", item.Id);
        Assert.Equal(("Writer A", "https://a.example"), (item.Authors[0].Name, item.Authors[0].Uri));
        Assert.Equal(["Energy", "Politics"], item.Categories.Select(c => c.Name));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), item.PublishDate);
        Assert.Equal(item.LastUpdatedTime, feed.LastUpdatedTime);
    }

    [Fact]
    public async Task GetAtomFeed_Unfiltered_EveryEntryHasTheRequiredIdTitleAndUpdated()
    {
        var feed = await _client.ReadSyndicationAsync("/api/v1/feeds/atom.xml", new Atom10FeedFormatter());

        // The seed's seven articles and the four published test articles; not the draft.
        Assert.Equal(11, feed.Items.Count());
        Assert.All(feed.Items, item =>
        {
            Assert.StartsWith("http://localhost/", item.Id);
            Assert.False(string.IsNullOrEmpty(item.Title.Text));
            Assert.NotEqual(default, item.LastUpdatedTime);
        });
        Assert.DoesNotContain(feed.Items, i => i.Id.EndsWith(Draft, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetJsonFeed_Search_HasTheRequiredMembersOfJsonFeed11()
    {
        var feed = await _client.ReadJsonFeedAsync("/api/v1/feeds/feed.json?q=oil");

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal(SeedFacts.SiteName, feed.GetProperty("title").GetString());
        Assert.Equal("http://localhost/api/v1/feeds/feed.json?q=oil", feed.GetProperty("feed_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        // Newest first, the undated seed article ("oil field") last.
        Assert.Equal(["http://localhost/marotta-speaks", "http://localhost/oil-field-deal-signed", $"http://localhost/{SeedFacts.ArticleSlug}"],
            items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, item =>
        {
            Assert.Equal(item.GetProperty("id").GetString(), item.GetProperty("url").GetString());
            Assert.True(item.TryGetProperty("content_html", out _) ^ item.TryGetProperty("content_text", out _));
        });
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(items[0].GetProperty("date_published").GetString()!, CultureInfo.InvariantCulture));
        Assert.False(items[2].TryGetProperty("date_published", out _));
        Assert.Contains("There are no (US) injuries", items[2].GetProperty("content_html").GetString());
        Assert.Equal("Writer A", items[0].GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("rss.xml?sort=title", "sort")]
    [InlineData("atom.xml?pageSize=5", "pageSize")]
    [InlineData("feed.json?author=Not%20A%20Slug", "author")]
    [InlineData("rss.xml?tagMode=some", "tagMode")]
    [InlineData("atom.xml?q=%22unclosed", "q")]
    public async Task GetFeed_BadOrUnknownParameter_Returns400NamingIt(string url, string field)
    {
        await (await _client.GetAsync($"/api/v1/feeds/{url}")).AssertValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("rss.xml", "application/rss+xml")]
    [InlineData("atom.xml", "application/atom+xml")]
    [InlineData("feed.json", "application/feed+json")]
    public async Task GetFeed_CurrentETag_Answers304AndTheFeedIsCacheable(string route, string mediaType)
    {
        var first = await _client.GetAsync($"/api/v1/feeds/{route}");
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.Public);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/feeds/{route}");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.ETag());
        var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.ETag(), response.ETag());
    }

    [Fact]
    public async Task GetRssFeed_AcceptsGzip_IsCompressedWithATagOfItsOwn()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/feeds/rss.xml");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        var response = await _client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.EndsWith(".gzip\"", response.ETag());
    }

    [Fact]
    public async Task HeadRssFeed_AnswersAsGetWithoutTheBody()
    {
        var get = await _client.GetAsync("/api/v1/feeds/rss.xml?tag=energy");

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/feeds/rss.xml?tag=energy"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.ETag(), head.ETag());
        Assert.Equal("application/rss+xml", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
