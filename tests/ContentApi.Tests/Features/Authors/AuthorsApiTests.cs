using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Authors;

public sealed class AuthorsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListAuthors_Seed_ListsTheAuthorBoxAndBylinesByName()
    {
        var list = await (await _client.GetAsync("/api/v1/authors")).ReadJsonAsync();

        var authors = list.GetProperty("items").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("articleCount").GetInt32())).ToList();
        Assert.Equal([("Ahsan Ali", 1), ("Ali Albeash", 2), ("The Liberum", 1)], authors);
        Assert.Equal(3, list.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetAuthor_AuthorBox_HasBioAndNullLinks()
    {
        var author = await (await _client.GetAsync("/api/v1/authors/the-liberum")).ReadJsonAsync();

        Assert.Equal("The Liberum", author.GetProperty("name").GetString());
        Assert.Equal(SeedFacts.AuthorBio, author.GetProperty("bio").GetString());
        foreach (var link in new[] { "website", "twitter", "facebook" })
        {
            Assert.Equal(JsonValueKind.Null, author.GetProperty(link).ValueKind);
        }
    }

    [Fact]
    public async Task GetAuthor_BylineOnly_HasNullBio()
    {
        var author = await (await _client.GetAsync("/api/v1/authors/ahsan-ali")).ReadJsonAsync();

        Assert.Equal(JsonValueKind.Null, author.GetProperty("bio").ValueKind);
    }

    [Fact]
    public async Task ListAuthorArticles_Byline_ListsTheirArticlesNewestFirst()
    {
        var list = await (await _client.GetAsync("/api/v1/authors/ali-albeash/articles")).ReadJsonAsync();

        Assert.Equal(["2025-07-24T00:00:00Z", "2025-07-18T00:00:00Z"],
            list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedAt").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/authors/nobody")]
    [InlineData("/api/v1/authors/nobody/articles")]
    public async Task Author_UnknownSlug_ReturnsProblem404(string path)
    {
        var problem = await (await _client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("'nobody'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ListAuthors_BadPageSize_ReturnsProblem400()
    {
        await (await _client.GetAsync("/api/v1/authors?pageSize=101")).AssertValidationProblemAsync("pageSize");
    }
}
