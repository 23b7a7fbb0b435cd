using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.QueryDataFactory;

namespace ContentApi.Tests.Features.Articles.Querying;

public sealed class ArticleFilterTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<string>> SlugsAsync(string query) =>
        (await (await _client.GetAsync($"/api/v1/articles?pageSize=100&{query}")).ReadJsonAsync()).Slugs();

    [Theory]
    [InlineData("author=writer-a", new[] { Marotta, OilDeal })]
    [InlineData("author=writer-b,writer-a", new[] { Marotta, FieldNotes, OilDeal, Undated })]
    [InlineData("author=nobody", new string[0])]
    [InlineData("tag=energy", new[] { FieldNotes, OilDeal })]
    [InlineData("tag=energy,politics", new[] { Marotta, FieldNotes, OilDeal })]
    [InlineData("tag=energy,politics&tagMode=all", new[] { OilDeal })]
    [InlineData("tag=energy,nothing&tagMode=all", new string[0])]
    [InlineData("tag=energy,nothing", new[] { FieldNotes, OilDeal })]
    [InlineData("source=Wire%20One", new[] { FieldNotes, OilDeal })]
    [InlineData("source=Asharq%20Al-Awsat", new[] { SeedFacts.ArticleSlug })]
    [InlineData("hasDonationForm=true", new[] { OilDeal, SeedFacts.ArticleSlug })]
    [InlineData("publishedAfter=2024-01-01&publishedBefore=2024-03-02", new[] { OilDeal })]
    [InlineData("publishedAfter=2024-03-01&publishedBefore=2025-01-01", new[] { Marotta, FieldNotes })]
    [InlineData("publishedAfter=2024-03-01T07:59:59Z&publishedBefore=2024-03-01T10:00:00%2B01:00", new[] { OilDeal })]
    [InlineData("publishedAfter=2024-03-01T07:59:59Z&publishedBefore=2024-03-01T10:00:00%2B02:00", new string[0])]
    [InlineData("author=writer-a&tag=politics&source=Wire%20Two", new[] { Marotta })]
    public async Task ListArticles_Filter_ListsExactlyTheMatchingPublishedArticles(string query, string[] expected)
    {
        Assert.Equal(expected, await SlugsAsync(query));
    }

    [Fact]
    public async Task ListArticles_HasNoDonationForm_IsTheRest()
    {
        var all = await SlugsAsync("");
        var withForm = await SlugsAsync("hasDonationForm=true");

        Assert.Equal(all.Except(withForm), await SlugsAsync("hasDonationForm=false"));
        Assert.DoesNotContain(Draft, all);
    }

    [Fact]
    public async Task AuthorAndTagArticles_TakeTheOtherFilters()
    {
        var byAuthor = await (await _client.GetAsync("/api/v1/authors/writer-a/articles?tag=energy")).ReadJsonAsync();
        var byTag = await (await _client.GetAsync("/api/v1/tags/politics/articles?author=writer-a&sort=title")).ReadJsonAsync();

        Assert.Equal([OilDeal], byAuthor.Slugs());
        Assert.Equal([Marotta, OilDeal], byTag.Slugs());
    }
}
