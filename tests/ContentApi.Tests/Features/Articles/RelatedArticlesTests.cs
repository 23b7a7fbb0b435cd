using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Articles;

public sealed class RelatedArticlesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetRelated_Seed_ListsTheSixTeasersInPageOrderWithBylines()
    {
        var related = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related")).ReadJsonAsync();

        var items = related.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(SeedFacts.Teasers.Select(t => t.Title), items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(SeedFacts.Teasers.Select(t => t.Author), items.Select(i => i.GetProperty("author") is { ValueKind: System.Text.Json.JsonValueKind.Object } a ? a.GetProperty("name").GetString() : null));
        Assert.Equal(SeedFacts.Teasers.Select(t => t.Date), items.Select(i => i.GetProperty("publishedAt").GetString()));
        Assert.All(items, i => Assert.EndsWith("…", i.GetProperty("excerpt").GetString()));
        Assert.Equal("Lebanon’s cabinet is set to meet again on Thursday to address the contentious issue of…", items[0].GetProperty("excerpt").GetString());
        Assert.Equal((6, 6), (related.GetProperty("meta").GetProperty("limit").GetInt32(), related.GetProperty("meta").GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task GetRelated_Limit_TakesTheFirstEditorPicks()
    {
        var related = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit=2")).ReadJsonAsync();

        Assert.Equal(SeedFacts.Teasers.Take(2).Select(t => t.Title), related.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(6, related.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetRelated_PickThatIsNoLongerPublished_IsLeftOut()
    {
        var archived = "the-iranian-kidnap-threat-against-belgian-politician-darya-safai-should-be-a-top-priority-for-the-belgian-government";
        await factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Slug == archived)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Archived)));
        try
        {
            var related = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related")).ReadJsonAsync();

            var slugs = related.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
            Assert.Equal(5, slugs.Count);
            Assert.DoesNotContain(archived, slugs);
        }
        finally
        {
            await factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Slug == archived)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Published)));
        }
    }

    [Fact]
    public async Task GetRelated_UnknownSlug_ReturnsProblem404()
    {
        var problem = await (await _client.GetAsync("/api/v1/articles/nope/related")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("'nope'", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("25")]
    [InlineData("six")]
    public async Task GetRelated_BadLimit_ReturnsProblem400WithRange(string limit)
    {
        var messages = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit={limit}"))
            .AssertValidationProblemAsync("limit");

        Assert.Contains(messages, m => m.Contains("from 1 to 24", StringComparison.Ordinal) && m.Contains($"'{limit}'", StringComparison.Ordinal));
    }
}
