using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class ArticleSeoApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string ArticleUrl = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [Fact]
    public async Task GetArticle_SeedArticle_CarriesSeoFromItsDataWithUnknownsNull()
    {
        var seo = (await (await factory.CreateClient().GetAsync(ArticleUrl)).ReadJsonAsync()).GetProperty("seo");

        Assert.Equal($"{SeedFacts.ArticleTitle} | {SeedFacts.SiteName}", seo.GetProperty("title").GetString());
        Assert.StartsWith("American troops came under rocket fire", seo.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, seo.GetProperty("canonicalUrl").ValueKind);
        var og = seo.GetProperty("openGraph");
        Assert.Equal(("article", SeedFacts.SiteName, "The Liberum"), (og.GetProperty("type").GetString(), og.GetProperty("siteName").GetString(), og.GetProperty("author").GetString()));
        Assert.Equal(JsonValueKind.Null, og.GetProperty("publishedTime").ValueKind);
        Assert.Equal("summary", seo.GetProperty("twitter").GetProperty("card").GetString());
        var jsonLd = seo.GetProperty("jsonLd");
        Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", jsonLd.GetProperty("@type").GetString());
        Assert.Equal(SeedFacts.ArticleTitle, jsonLd.GetProperty("headline").GetString());
        Assert.Equal("Person", jsonLd.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Organization", jsonLd.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.False(jsonLd.TryGetProperty("image", out _));
        Assert.False(jsonLd.TryGetProperty("mainEntityOfPage", out _));
    }
}

/// <summary>Changes the site settings, so apart from the seed's untouched ones.</summary>
public sealed class ArticleSeoSiteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string ArticleUrl = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [Fact]
    public async Task PatchSite_UrlAndLogo_FlowIntoSeoAndTheGetETagStillWritesTheArticle()
    {
        var editor = factory.CreateWriteClient();
        var site = await editor.PatchAsync("/api/v1/site", new { url = "https://theliberum.com", logoUrl = "https://theliberum.com/logo.png" },
            (await factory.CreateClient().GetAsync("/api/v1/site")).ETag());
        Assert.Equal("https://theliberum.com/logo.png", (await site.ReadJsonAsync()).GetProperty("logoUrl").GetString());

        var response = await factory.CreateClient().GetAsync(ArticleUrl);
        var seo = (await response.ReadJsonAsync()).GetProperty("seo");

        Assert.Equal($"https://theliberum.com/{SeedFacts.ArticleSlug}", seo.GetProperty("canonicalUrl").GetString());
        Assert.Equal(seo.GetProperty("canonicalUrl").GetString(), seo.GetProperty("jsonLd").GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("https://theliberum.com/logo.png", seo.GetProperty("jsonLd").GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString());
        // The public GET's ETag covers seo too, and If-Match accepts it.
        var patched = await editor.PatchAsync(ArticleUrl, new { excerpt = "A new excerpt." }, response.ETag());
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("A new excerpt.", (await patched.ReadJsonAsync()).GetProperty("seo").GetProperty("description").GetString());
    }

    [Fact]
    public async Task PatchSite_AfterTheArticleWasRead_TheNextReadShowsTheNewSite()
    {
        var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(ArticleUrl)).StatusCode);

        var patched = await factory.CreateWriteClient().PatchAsync("/api/v1/site", new { url = "https://news.example" },
            (await reader.GetAsync("/api/v1/site")).ETag());
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var seo = (await (await reader.GetAsync(ArticleUrl)).ReadJsonAsync()).GetProperty("seo");

        Assert.Equal($"https://news.example/{SeedFacts.ArticleSlug}", seo.GetProperty("canonicalUrl").GetString());
    }

    [Theory]
    [InlineData("logo.png")]
    [InlineData("ftp://theliberum.com/logo.png")]
    public async Task PatchSite_LogoUrlNotHttp_Returns400NamingLogoUrl(string logoUrl)
    {
        var etag = (await factory.CreateClient().GetAsync("/api/v1/site")).ETag();

        var response = await factory.CreateWriteClient().PatchAsync("/api/v1/site", new { logoUrl }, etag);

        await response.AssertValidationProblemAsync("logoUrl");
    }
}
