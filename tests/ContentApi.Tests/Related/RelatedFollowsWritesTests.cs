using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Related;

/// <summary>Writes through the admin API bring the related lists up to date, through the related worker.</summary>
public sealed class RelatedFollowsWritesTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string Body = "<p>The glacier observatory in Svalbard recorded permafrost thaw, glacier retreat and meltwater floods near the observatory.</p>";

    [Fact]
    public async Task CreatedArticle_JoinsTheRelatedListOfItsTwin_AndLeavesItWhenDeleted()
    {
        var client = factory.CreateWriteClient();
        var first = await CreateAsync(client, "Svalbard glacier observatory reports permafrost thaw");
        var second = await CreateAsync(client, "Glacier retreat and meltwater floods at the Svalbard observatory");

        // Computed (a score above 0), not one of the newest articles a short list is filled with.
        var related = await RelatedSlugsAsync(first.Slug);
        Assert.Contains(second.Slug, related);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(second.Location, second.ETag)).StatusCode);
        Assert.DoesNotContain(second.Slug, await RelatedSlugsAsync(first.Slug));
    }

    private static async Task<(string Slug, string Location, string ETag)> CreateAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/v1/articles", new { title, bodyHtml = Body, status = "published" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (json.GetProperty("slug").GetString()!, response.Headers.Location!.ToString(), response.Headers.ETag!.Tag);
    }

    private async Task<List<string?>> RelatedSlugsAsync(string slug)
    {
        // Lists are refreshed by the background worker from the committed change records.
        await factory.CatchUpAsync();
        var related = await (await factory.CreateClient().GetAsync($"/api/v1/articles/{slug}/related")).ReadJsonAsync();
        return related.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("score").GetDouble() > 0)
            .Select(i => i.GetProperty("slug").GetString()).ToList();
    }
}
