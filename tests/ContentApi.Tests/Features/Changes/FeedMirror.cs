using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Changes;

/// <summary>What a client mirroring the site keeps: items by type and id, built only from the change feed.</summary>
public sealed class FeedMirror(HttpClient client, string view = "public")
{
    public Dictionary<(string Type, int Id), JsonElement> Items { get; } = [];

    public string? Cursor { get; private set; }

    public int Requests { get; private set; }

    /// <summary>Follows the feed from the cursor until it says nothing more is waiting.</summary>
    public async Task SyncAsync(int limit = 100)
    {
        while (true)
        {
            var page = await PageAsync(limit);
            if (!page.GetProperty("meta").GetProperty("hasMore").GetBoolean())
            {
                return;
            }
        }
    }

    /// <summary>One page, applied.</summary>
    public async Task<JsonElement> PageAsync(int limit)
    {
        var since = Cursor is null ? "" : $"&since={Uri.EscapeDataString(Cursor)}";
        var response = await client.GetAsync($"/api/v1/changes?include=data&limit={limit}&view={view}{since}");
        Requests++;
        var page = await response.ReadJsonAsync();
        foreach (var item in page.Items())
        {
            var key = (item.GetProperty("type").GetString()!, item.GetProperty("id").GetInt32());
            if (item.GetProperty("op").GetString() == "delete")
            {
                Items.Remove(key);
            }
            else if (item.TryGetProperty("data", out var data))
            {
                Items[key] = data;
            }
        }
        Cursor = page.GetProperty("meta").GetProperty("nextCursor").GetString();
        return page;
    }

    public Dictionary<int, JsonElement> OfType(string type) =>
        Items.Where(i => i.Key.Type == type).ToDictionary(i => i.Key.Id, i => i.Value);

    /// <summary>Asserts the mirror holds exactly what the API's own lists and item routes serve, item for item.</summary>
    public async Task AssertMatchesApiAsync()
    {
        var articles = await AllAsync("/api/v1/articles");
        Assert.Equal(articles.Select(a => a.GetProperty("id").GetInt32()).Order(), OfType("article").Keys.Order());
        foreach (var article in articles)
        {
            var item = await (await client.GetAsync($"/api/v1/articles/{article.GetProperty("slug").GetString()}")).ReadJsonAsync();
            AssertSame(item, OfType("article")[article.GetProperty("id").GetInt32()]);
        }
        foreach (var (type, url) in new[] { ("author", "/api/v1/authors"), ("tag", "/api/v1/tags"), ("donationForm", "/api/v1/donation-forms") })
        {
            var listed = await AllAsync(url);
            Assert.Equal(listed.Select(i => i.GetProperty("id").GetInt32()).Order(), OfType(type).Keys.Order());
            foreach (var item in listed)
            {
                AssertSame(item, OfType(type)[item.GetProperty("id").GetInt32()]);
            }
        }
        AssertSame(await (await client.GetAsync("/api/v1/site")).ReadJsonAsync(), Assert.Single(OfType("site")).Value);
    }

    private async Task<List<JsonElement>> AllAsync(string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await (await client.GetAsync($"{url}?pageSize=100&page={page}")).ReadJsonAsync();
            items.AddRange(list.Items());
            if (list.GetProperty("meta").GetProperty("pages").GetInt32() <= page)
            {
                return items;
            }
        }
    }

    private static void AssertSame(JsonElement expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"The mirror holds {actual} where the API serves {expected}.");
}
