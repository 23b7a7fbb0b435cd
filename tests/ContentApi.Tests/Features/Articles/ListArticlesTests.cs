using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class ListArticlesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListArticles_Seed_NewestFirstThenUndatedById()
    {
        var list = await (await _client.GetAsync("/api/v1/articles")).ReadJsonAsync();

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, items.Count);
        var dates = items.Select(i => i.GetProperty("publishedAt").GetString());
        Assert.Equal(["2025-07-24T00:00:00Z", "2025-07-22T00:00:00Z", "2025-07-18T00:00:00Z", null, null, null, null], dates);
        var undatedIds = items.Skip(3).Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(undatedIds.Order(), undatedIds);
        Assert.Equal(SeedFacts.ArticleTitle, items[3].GetProperty("title").GetString());
    }

    [Fact]
    public async Task ListArticles_Seed_ItemsCarryTeaserFieldsOnly()
    {
        var list = await (await _client.GetAsync("/api/v1/articles")).ReadJsonAsync();

        var first = list.GetProperty("items")[0];
        Assert.Equal("Ali Albeash", first.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("ali-albeash", first.GetProperty("author").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Array, first.GetProperty("tags").ValueKind);
        Assert.True(first.TryGetProperty("readingTime", out _));
        Assert.False(first.TryGetProperty("bodyHtml", out _));
        var meta = list.GetProperty("meta");
        Assert.Equal((1, 15, 7, 1), (meta.GetProperty("page").GetInt32(), meta.GetProperty("pageSize").GetInt32(),
            meta.GetProperty("total").GetInt32(), meta.GetProperty("pages").GetInt32()));
    }

    [Fact]
    public async Task ListArticles_SecondPage_ContinuesWhereTheFirstEnded()
    {
        var all = (await (await _client.GetAsync("/api/v1/articles?pageSize=100")).ReadJsonAsync()).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        var page2 = await (await _client.GetAsync("/api/v1/articles?page=2&pageSize=3")).ReadJsonAsync();

        Assert.Equal(all.Skip(3).Take(3), page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(3, page2.GetProperty("meta").GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task ListArticles_PagePastTheEnd_ReturnsEmptyItems()
    {
        var list = await (await _client.GetAsync("/api/v1/articles?page=99")).ReadJsonAsync();

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.Equal(7, list.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    public async Task ListArticles_BadPaging_ReturnsProblem400NamingFieldValueAndRange(string query, string field)
    {
        var messages = await (await _client.GetAsync($"/api/v1/articles?{query}")).AssertValidationProblemAsync(field);

        var value = query.Split('=')[1];
        Assert.Contains(messages, m => m.Contains($"'{value}'", StringComparison.Ordinal) && m.Contains("whole number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListArticles_TwoBadParameters_ReportsBothInOneProblem()
    {
        var response = await _client.GetAsync("/api/v1/articles?page=0&pageSize=1000");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("from 1 to 100", errors.GetProperty("pageSize")[0].GetString());
        Assert.Contains("at least 1", errors.GetProperty("page")[0].GetString());
    }
}
