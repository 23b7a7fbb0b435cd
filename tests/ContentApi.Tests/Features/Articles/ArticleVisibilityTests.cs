using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

/// <summary>The public API shows published articles only, whatever route is asked.</summary>
public sealed class ArticleVisibilityTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        if (await factory.ExecuteDbContextAsync(db => Task.FromResult(db.Articles.Any(a => a.Slug == "a-draft"))))
        {
            return;
        }
        var author = new ContentApi.Features.Authors.Author { Slug = "hidden-writer", Name = "Hidden Writer" };
        await factory.InsertAsync(
            Article("a-draft", ArticleStatus.Draft, null, author),
            Article("an-archived-one", ArticleStatus.Archived, DateTime.UtcNow.AddDays(-3), author),
            Article("scheduled-for-tomorrow", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(1), author),
            Article("published-in-the-future", ArticleStatus.Published, DateTime.UtcNow.AddHours(2), author),
            Article("scheduled-and-due", ArticleStatus.Scheduled, DateTime.UtcNow.AddMinutes(-1), author));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("a-draft")]
    [InlineData("an-archived-one")]
    [InlineData("scheduled-for-tomorrow")]
    [InlineData("published-in-the-future")]
    public async Task GetArticle_NotPublished_IsNotFound(string slug)
    {
        await (await _client.GetAsync($"/api/v1/articles/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetArticle_ScheduledWhoseTimeHasCome_IsServed()
    {
        var article = await (await _client.GetAsync("/api/v1/articles/scheduled-and-due")).ReadJsonAsync();

        Assert.Equal("scheduled-and-due", article.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Lists_ShowOnlyWhatIsPublished()
    {
        var all = await (await _client.GetAsync("/api/v1/articles?pageSize=100")).ReadJsonAsync();
        var byAuthor = await (await _client.GetAsync("/api/v1/authors/hidden-writer/articles")).ReadJsonAsync();
        var author = await (await _client.GetAsync("/api/v1/authors/hidden-writer")).ReadJsonAsync();

        var slugs = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Contains("scheduled-and-due", slugs);
        Assert.DoesNotContain("a-draft", slugs);
        Assert.DoesNotContain("an-archived-one", slugs);
        Assert.DoesNotContain("scheduled-for-tomorrow", slugs);
        Assert.DoesNotContain("published-in-the-future", slugs);
        Assert.Equal(["scheduled-and-due"], byAuthor.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(1, author.GetProperty("articleCount").GetInt32());
    }

    private static Article Article(string slug, ArticleStatus status, DateTime? publishedAt, ContentApi.Features.Authors.Author author) =>
        new() { Slug = slug, Title = slug, Status = status, PublishedAt = publishedAt, Author = author };
}
