using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

/// <summary>The full-text index follows every article write, in the write's transaction.</summary>
public sealed class SearchFollowsWritesTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task CreatePatchDelete_SearchSeesEachStep()
    {
        var client = factory.CreateWriteClient();
        var created = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Zanzibar quokka summit",
            bodyHtml = "<p>Delegates met on the island to discuss xylophone policy.</p>",
            status = "published",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        Assert.Equal(1, await HitsAsync("xylophone"));

        var tag = created.Headers.ETag!.Tag;
        var patched = await client.PatchAsync(location, new { title = "Marimba summit", bodyHtml = "<p>Only marimbas now.</p>" }, tag);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(0, await HitsAsync("xylophone"));
        Assert.Equal(1, await HitsAsync("marimbas"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(location, patched.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(0, await HitsAsync("marimbas"));
    }

    [Fact]
    public async Task StatusChanges_SearchFindsTheArticleOnlyWhilePublished()
    {
        var client = factory.CreateWriteClient();
        var created = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Harbour pilots strike",
            bodyHtml = "<p>The pilots' union called the stoppage over quillwort-lined berths.</p>",
            status = "published",
        });
        var location = created.Headers.Location!.ToString();
        Assert.Equal((1, 1), await HitsAndTotalAsync("quillwort"));

        var etag = created.Headers.ETag!.Tag;
        foreach (var (status, expected) in new[] { ("draft", 0), ("archived", 0), ("published", 1) })
        {
            var patched = await client.PatchAsync(location, new { status }, etag);
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            etag = patched.Headers.ETag!.Tag;
            Assert.Equal((expected, expected), await HitsAndTotalAsync("quillwort"));
        }
    }

    [Fact]
    public async Task ScheduledArticle_FoundOnceItsTimeHasCome_WithNoWrite()
    {
        var due = DateTime.UtcNow.AddSeconds(5);
        var created = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Lighthouse keepers return",
            bodyHtml = "<p>The keepers relit the wickerwork lamp at dusk.</p>",
            status = "scheduled",
            publishedAt = due,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal((0, 0), await HitsAndTotalAsync("wickerwork"));
        await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromMilliseconds(1200));

        Assert.Equal((1, 1), await HitsAndTotalAsync("wickerwork"));
    }

    private async Task<int> HitsAsync(string q) => (await HitsAndTotalAsync(q)).Hits;

    private async Task<(int Hits, int Total)> HitsAndTotalAsync(string q)
    {
        var body = await (await factory.CreateClient().GetAsync($"/api/v1/search?q={q}")).ReadJsonAsync();
        return (body.GetProperty("items").GetArrayLength(), body.GetProperty("meta").GetProperty("total").GetInt32());
    }
}
