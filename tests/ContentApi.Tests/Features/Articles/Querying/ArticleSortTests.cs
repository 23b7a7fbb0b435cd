using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles.Querying;

public sealed class ArticleSortTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<JsonElement>> ItemsAsync(string sort) =>
        (await (await _client.GetAsync($"/api/v1/articles?pageSize=100&sort={sort}")).ReadJsonAsync()).Items();

    [Fact]
    public async Task Sort_Title_IsOrdinalTitleOrderAndMinusReverses()
    {
        var up = (await ItemsAsync("title")).Select(i => i.GetProperty("title").GetString()!).ToList();
        var down = (await ItemsAsync("-title")).Select(i => i.GetProperty("title").GetString()!).ToList();

        Assert.Equal(up.Order(StringComparer.Ordinal), up);
        Assert.Equal(Enumerable.Reverse(up), down);
    }

    [Theory]
    [InlineData("-publishedAt", "publishedAt", true)]
    [InlineData("publishedAt", "publishedAt", false)]
    [InlineData("-updatedAt", "updatedAt", true)]
    public async Task Sort_Date_DatedInOrderThenUndatedByIdTiesById(string sort, string property, bool descending)
    {
        var items = await ItemsAsync(sort);

        var keys = items.Select(i => (Date: i.GetProperty(property).GetString(), Id: i.GetProperty("id").GetInt32())).ToList();
        var dated = keys.TakeWhile(k => k.Date is not null).ToList();
        var undated = keys.Skip(dated.Count).ToList();
        Assert.All(undated, k => Assert.Null(k.Date));
        Assert.Equal(undated.OrderBy(k => k.Id), undated);
        var expected = descending
            ? dated.OrderByDescending(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Id)
            : dated.OrderBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Id);
        Assert.Equal(expected, dated);
        Assert.True(dated.Count >= 3 && undated.Count >= 5, $"{dated.Count} dated, {undated.Count} undated");
    }

    [Fact]
    public async Task Sort_SameDate_TieBrokenByIdAscending()
    {
        var slugs = (await ItemsAsync("-publishedAt")).Select(i => i.GetProperty("slug").GetString()).ToList();

        Assert.True(slugs.IndexOf(QueryDataFactory.Marotta) < slugs.IndexOf(QueryDataFactory.FieldNotes));
    }

    [Theory]
    [InlineData("-publishedAt")]
    [InlineData("publishedAt")]
    [InlineData("title")]
    [InlineData("-title")]
    [InlineData("-updatedAt")]
    public async Task Cursors_WalkTheWholeListInTheSameOrderAsOnePage(string sort)
    {
        var all = (await ItemsAsync(sort)).Select(i => i.GetProperty("slug").GetString()!).ToList();

        Assert.Equal(all, await _client.WalkCursorsAsync($"/api/v1/articles?sort={sort}", 2));
    }

    [Fact]
    public async Task PagesByNumber_JoinUpToTheWholeList()
    {
        var all = (await ItemsAsync("-publishedAt")).Select(i => i.GetProperty("slug").GetString()!).ToList();
        var pages = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            pages.AddRange((await (await _client.GetAsync($"/api/v1/articles?pageSize=3&page={page}")).ReadJsonAsync()).Slugs());
        }

        Assert.Equal(all, pages);
    }
}
