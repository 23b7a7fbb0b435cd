using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles.Querying;

public sealed class ArticleShapeTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> ItemAsync(string slug, string query)
    {
        var list = await (await _client.GetAsync($"/api/v1/articles?pageSize=100&{query}")).ReadJsonAsync();
        return list.Items().Single(i => !i.TryGetProperty("slug", out var s) || s.GetString() == slug);
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    [Fact]
    public async Task Default_ItemIsSmall_AuthorAndTagsAsReferences()
    {
        var item = await ItemAsync(QueryDataFactory.OilDeal, "");

        Assert.Equal(["id", "slug", "title", "excerpt", "publishedAt", "updatedAt", "author", "tags", "readingTime", "donationFormId", "featuredImage", "sticky"], Keys(item));
        Assert.Equal(["slug", "name"], Keys(item.GetProperty("author")));
        Assert.Equal(["slug", "name"], Keys(item.GetProperty("tags")[0]));
        Assert.Equal(6, item.GetProperty("donationFormId").GetInt32());
    }

    [Fact]
    public async Task Fields_KeepsOnlyTheNamedTopLevelProperties()
    {
        var list = await (await _client.GetAsync("/api/v1/articles?fields=slug,TITLE")).ReadJsonAsync();

        Assert.All(list.Items(), item => Assert.Equal(["slug", "title"], Keys(item)));
        Assert.Equal(11, list.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task IncludeAuthorAndTags_ExpandsThemInPlace()
    {
        var item = await ItemAsync(QueryDataFactory.OilDeal, "include=author,tags");

        var author = item.GetProperty("author");
        Assert.Equal(["slug", "name", "id", "bio", "website", "twitter", "facebook"], Keys(author));
        Assert.Equal(("Bio of A", "https://a.example"), (author.GetProperty("bio").GetString(), author.GetProperty("website").GetString()));
        Assert.Equal(JsonValueKind.Null, author.GetProperty("twitter").ValueKind);
        var tags = item.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("slug").GetString(), t.GetProperty("description").GetString())).ToList();
        Assert.Equal([("energy", "Oil and gas"), ("politics", null)], tags);
    }

    [Fact]
    public async Task IncludeDonationForm_EmbedsTheFormOrNull()
    {
        var withForm = await ItemAsync(QueryDataFactory.OilDeal, "include=donationForm");
        var without = await ItemAsync(QueryDataFactory.Marotta, "include=donationForm");

        Assert.Equal(6, withForm.GetProperty("donationForm").GetProperty("id").GetInt32());
        Assert.Equal(SeedFacts.DonationCall, withForm.GetProperty("donationForm").GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, without.GetProperty("donationForm").ValueKind);
    }

    [Fact]
    public async Task IncludeRelated_EmbedsWhatTheRelatedRouteServes()
    {
        var item = await ItemAsync(SeedFacts.ArticleSlug, "include=related&relatedLimit=2&fields=slug,related");
        var other = await ItemAsync(QueryDataFactory.OilDeal, "include=related&relatedLimit=3");
        var route = await (await _client.GetAsync($"/api/v1/articles/{QueryDataFactory.OilDeal}/related?limit=3")).ReadJsonAsync();

        var related = item.GetProperty("related");
        Assert.Equal(SeedFacts.Teasers.Take(2).Select(t => t.Title), related.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.All(related.GetProperty("items").EnumerateArray(), r => Assert.Equal("editorPick", r.GetProperty("reasons")[0].GetProperty("kind").GetString()));
        Assert.Equal(2, related.GetProperty("meta").GetProperty("limit").GetInt32());
        Assert.Equal(route.GetRawText(), other.GetProperty("related").GetRawText());
    }

    [Fact]
    public async Task ListHeaders_PagePaging_HaveLinksAndTotal()
    {
        var response = await _client.GetAsync("/api/v1/articles?sort=title&pageSize=3&page=2");

        var links = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("sort=title&pageSize=3&page=3>; rel=\"next\"", links, StringComparison.Ordinal);
        Assert.Contains("page=1>; rel=\"prev\"", links, StringComparison.Ordinal);
        Assert.Contains("page=1>; rel=\"first\"", links, StringComparison.Ordinal);
        Assert.Contains("page=4>; rel=\"last\"", links, StringComparison.Ordinal);
        Assert.Equal("11", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.NotNull((await response.ReadJsonAsync()).NextCursor());
    }

    [Fact]
    public async Task ListHeaders_CursorPaging_HaveNextAndFirstButNoTotal()
    {
        var first = await (await _client.GetAsync("/api/v1/articles?pageSize=3")).ReadJsonAsync();
        var response = await _client.GetAsync($"/api/v1/articles?pageSize=3&after={first.NextCursor()}");

        var links = string.Join(",", response.Headers.GetValues("Link"));
        var page = await response.ReadJsonAsync();
        Assert.Contains($"after={page.NextCursor()}>; rel=\"next\"", links, StringComparison.Ordinal);
        Assert.Contains("/api/v1/articles?pageSize=3>; rel=\"first\"", links, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Total-Count"));
        var meta = page.GetProperty("meta");
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("page").ValueKind);
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("pages").ValueKind);
    }

    [Fact]
    public async Task OtherLists_HaveCursorsAndHeadersToo()
    {
        var all = (await (await _client.GetAsync("/api/v1/authors?pageSize=100")).ReadJsonAsync()).Slugs();
        var response = await _client.GetAsync("/api/v1/tags?pageSize=1");

        Assert.Equal(all, await _client.WalkCursorsAsync("/api/v1/authors", 2));
        Assert.Equal(5, all.Count);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.Equal(["energy", "politics"], await _client.WalkCursorsAsync("/api/v1/tags", 1));
    }
}
