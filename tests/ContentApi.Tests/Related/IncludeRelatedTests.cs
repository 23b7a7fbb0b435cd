using System.Text.Json;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Related;

/// <summary>`include=related` on GET /api/v1/articles/{slug}.</summary>
public sealed class IncludeRelatedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public Task InitializeAsync() => SeedSubjectArticles.AddAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetArticle_IncludeRelated_EmbedsWhatTheRelatedEndpointServes()
    {
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}?include=related")).ReadJsonAsync();
        var related = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related")).ReadJsonAsync();

        Assert.Equal(related.GetRawText(), article.GetProperty("related").GetRawText());
    }

    [Fact]
    public async Task GetArticle_WithoutInclude_RelatedIsNull()
    {
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}")).ReadJsonAsync();

        Assert.Equal(JsonValueKind.Null, article.GetProperty("related").ValueKind);
    }

    [Theory]
    [InlineData("comments", "comments")]
    [InlineData("related,author", "author")]
    [InlineData("Related", "Related")]
    public async Task GetArticle_UnknownInclude_ReturnsProblem400ListingAllowedValues(string include, string unknown)
    {
        var messages = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}?include={include}")).AssertValidationProblemAsync("include");

        var message = Assert.Single(messages);
        Assert.Contains($"got '{unknown}'", message, StringComparison.Ordinal);
        Assert.All(ArticleQuery.AllowedIncludes, allowed => Assert.Contains(allowed, message, StringComparison.Ordinal));
    }
}
