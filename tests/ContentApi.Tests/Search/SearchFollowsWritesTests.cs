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

    private async Task<int> HitsAsync(string q)
    {
        var body = await (await factory.CreateClient().GetAsync($"/api/v1/search?q={q}")).ReadJsonAsync();
        return body.GetProperty("items").GetArrayLength();
    }
}
