using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class GetArticleTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetArticle_SeedSlug_ServesTheWholePage()
    {
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}")).ReadJsonAsync();

        Assert.Equal(SeedFacts.ArticleTitle, article.GetProperty("title").GetString());
        Assert.Equal("published", article.GetProperty("status").GetString());
        var text = article.GetProperty("bodyText").GetString()!;
        Assert.StartsWith("American troops came under rocket fire in eastern Syria on Monday", text);
        Assert.EndsWith("that it said were used by Iranian-backed militia groups.", text);
        Assert.Equal(8, text.Split("\n\n").Length);
        var html = article.GetProperty("bodyHtml").GetString()!;
        Assert.Equal(8, html.Split("<p>").Length - 1);
        Assert.Contains("&quot;There are no (US) injuries", html);
        foreach (var chrome in new[] { "See full bio", "Donation Form", "Source:", "More articles", "The Liberum runs on" })
        {
            Assert.DoesNotContain(chrome, text);
        }
    }

    [Fact]
    public async Task GetArticle_SeedSlug_EmbedsAuthorBoxSourceAndForm()
    {
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}")).ReadJsonAsync();

        var author = article.GetProperty("author");
        Assert.Equal("The Liberum", author.GetProperty("name").GetString());
        Assert.Equal("the-liberum", author.GetProperty("slug").GetString());
        Assert.Equal(SeedFacts.AuthorBio, author.GetProperty("bio").GetString());
        Assert.Equal("Asharq Al-Awsat", article.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("source").GetProperty("url").ValueKind);
        Assert.Equal(6, article.GetProperty("donationFormId").GetInt32());
        Assert.Equal(0, article.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task GetArticle_SeedSlug_DerivesCountsAndLeavesUnknownsNull()
    {
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}")).ReadJsonAsync();

        // `wc -w` over the seed's eight body paragraphs says 250; 250 words at 275 a minute is one minute.
        Assert.Equal(250, article.GetProperty("wordCount").GetInt32());
        Assert.Equal(1, article.GetProperty("readingTime").GetInt32());
        Assert.StartsWith("American troops came under rocket fire", article.GetProperty("excerpt").GetString());
        foreach (var unknown in new[] { "publishedAt", "updatedAt", "canonicalUrl" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty(unknown).ValueKind);
        }
    }

    [Fact]
    public async Task GetArticle_UnknownSlug_ReturnsProblem404NamingTheSlug()
    {
        var problem = await (await _client.GetAsync("/api/v1/articles/no-such-article")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetArticle_TeaserSlug_ServesExcerptWithoutBody()
    {
        var article = await (await _client.GetAsync("/api/v1/articles/internal-and-regional-implications-of-the-pkks-demise")).ReadJsonAsync();

        Assert.Equal("Internal and Regional implications of the PKK’s demise", article.GetProperty("title").GetString());
        Assert.EndsWith("had been operating in…", article.GetProperty("excerpt").GetString());
        Assert.Equal("Ali Albeash", article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2025-07-18T00:00:00Z", article.GetProperty("publishedAt").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("bodyHtml").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("readingTime").ValueKind);
    }
}
