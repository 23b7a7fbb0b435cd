using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Related;

/// <summary>On the seed alone (seven articles), a related list fills up to its limit: same author first, then the newest.</summary>
public sealed class RelatedFillTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string PkkTeaser = "internal-and-regional-implications-of-the-pkks-demise";
    private const string SameAuthorTeaser = "syrias-islamist-led-government-is-failing-to-live-up-to-its-pledge-to-protect-its-people";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetRelated_SmallSite_FillsToTheLimitAfterTheComputedItems()
    {
        var related = await (await _client.GetAsync($"/api/v1/articles/{PkkTeaser}/related")).ReadJsonAsync();

        var items = related.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        var computed = items.TakeWhile(i => i.GetProperty("score").GetDouble() > 0).ToList();
        var filled = items.Skip(computed.Count).ToList();
        Assert.Contains(SameAuthorTeaser, computed.Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(5, filled.Count);
        Assert.All(filled, i => Assert.Equal(0, i.GetProperty("score").GetDouble()));
        Assert.All(filled, i => Assert.Equal("latest", Assert.Single(i.GetProperty("reasons").EnumerateArray()).GetProperty("kind").GetString()));
        Assert.DoesNotContain(PkkTeaser, items.Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("slug").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task GetRelated_AnotherArticleBySameAuthor_IsFilledInBeforeTheNewest()
    {
        // Its own app: the other tests here read the seed as it is.
        using var writable = new WriteApiFactory();
        var created = await writable.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Quokkas and zebras",
            bodyMarkdown = "Nothing about any other story here: quokkas, zebras, marmots.",
            status = "published",
            publishedAt = "2020-01-01T00:00:00Z",
            author = "ali-albeash",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var related = await (await writable.CreateClient().GetAsync($"/api/v1/articles/{PkkTeaser}/related")).ReadJsonAsync();

        var items = related.GetProperty("items").EnumerateArray().ToList();
        var kinds = items.Select(i => i.GetProperty("reasons")[0].GetProperty("kind").GetString()).ToList();
        var quokkas = items.FindIndex(i => i.GetProperty("slug").GetString() == "quokkas-and-zebras");
        // The oldest article of the site, yet listed: the same author comes before the newest of all.
        Assert.Equal("moreByAuthor", kinds[quokkas]);
        Assert.Equal(0, items[quokkas].GetProperty("score").GetDouble());
        Assert.True(kinds.IndexOf("latest") > quokkas);
    }

    [Fact]
    public async Task GetRelated_FilledLatest_AreNewestFirstAndTheTotalCountsOnlyRelatedOnes()
    {
        var related = await (await _client.GetAsync($"/api/v1/articles/{PkkTeaser}/related?limit=24")).ReadJsonAsync();
        var newest = await (await _client.GetAsync("/api/v1/articles?pageSize=100&fields=slug")).ReadJsonAsync();

        var items = related.GetProperty("items").EnumerateArray().ToList();
        var latest = items.Where(i => i.GetProperty("reasons")[0].GetProperty("kind").GetString() == "latest").Select(i => i.GetProperty("slug").GetString()).ToList();
        var order = newest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(order.Count - 1, items.Count);
        Assert.Equal(latest.OrderBy(order.IndexOf), latest);
        var computed = items.Count(i => i.GetProperty("score").GetDouble() > 0);
        Assert.Equal(computed, related.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListIncludeRelated_FillsTheSameWay()
    {
        var list = await (await _client.GetAsync("/api/v1/articles?include=related&relatedLimit=6&pageSize=100&fields=slug,related")).ReadJsonAsync();
        var route = await (await _client.GetAsync($"/api/v1/articles/{PkkTeaser}/related")).ReadJsonAsync();

        var entry = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == PkkTeaser);
        Assert.Equal(route.GetRawText(), entry.GetProperty("related").GetRawText());
    }
}
