using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Changes;

/// <summary>The records one write makes, in each view, and the feed's parameters.</summary>
public sealed class ChangeFeedTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task SlugChange_UnpublishAndDelete_AreDeletesOfTheSlugThatStoppedAnswering()
    {
        var since = await NewestCursorAsync();
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Feed slug story", status = "published" });
        var renamed = await _editor.PatchAsync(created.Headers.Location!.ToString(), new { slug = "feed-slug-story-2" }, created.ETag());
        var unpublished = await _editor.PatchAsync("/api/v1/articles/feed-slug-story-2", new { status = "draft" }, renamed.ETag());
        await _editor.DeleteAsync("/api/v1/articles/feed-slug-story-2", unpublished.ETag());

        Assert.Equal(
            ["upsert feed-slug-story", "delete feed-slug-story", "upsert feed-slug-story-2", "delete feed-slug-story-2"],
            await OpsAsync($"/api/v1/changes?types=article&since={since}", factory.CreateClient()));
        Assert.Equal(
            ["upsert feed-slug-story", "delete feed-slug-story", "upsert feed-slug-story-2", "upsert feed-slug-story-2", "delete feed-slug-story-2"],
            await OpsAsync($"/api/v1/changes?types=article&view=preview&since={since}", _editor));
    }

    [Fact]
    public async Task DraftEdits_StayOutOfThePublicFeed_AndTheTypesFilterKeepsDeletions()
    {
        var since = await NewestCursorAsync();
        var draft = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Feed quiet draft" });
        await _editor.PatchAsync(draft.Headers.Location!.ToString(), new { excerpt = "Still a draft." }, draft.ETag());
        var tag = await _editor.PostAsJsonAsync("/api/v1/tags", new { name = "Feed passing tag" });
        await _editor.DeleteAsync(tag.Headers.Location!.ToString(), tag.ETag());

        Assert.Equal(["upsert feed-passing-tag", "delete feed-passing-tag"], await OpsAsync($"/api/v1/changes?since={since}", factory.CreateClient()));
        Assert.Empty(await OpsAsync($"/api/v1/changes?types=article,author&since={since}", factory.CreateClient()));
    }

    [Fact]
    public async Task Preview_NeedsAWriteKey()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/changes?view=preview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _editor.GetAsync("/api/v1/changes?view=preview")).StatusCode);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("since=not-a-cursor", "since")]
    [InlineData("types=article,comment", "types")]
    [InlineData("include=author", "include")]
    [InlineData("view=drafts", "view")]
    [InlineData("after=x", "after")]
    public async Task BadParameters_AreA400NamingThem(string query, string field) =>
        await (await factory.CreateClient().GetAsync($"/api/v1/changes?{query}")).AssertValidationProblemAsync(field);

    private async Task<string> NewestCursorAsync()
    {
        var client = factory.CreateClient();
        var page = await (await client.GetAsync("/api/v1/changes?limit=1000&view=public")).ReadJsonAsync();
        while (page.GetProperty("meta").GetProperty("hasMore").GetBoolean())
        {
            page = await (await client.GetAsync($"/api/v1/changes?limit=1000&since={page.NextCursor()}")).ReadJsonAsync();
        }
        // The public cursor is a position in every view.
        return Uri.EscapeDataString(page.NextCursor()!);
    }

    private static async Task<List<string>> OpsAsync(string url, HttpClient client) =>
        (await (await client.GetAsync(url)).ReadJsonAsync()).Items()
            .Select(i => $"{i.GetProperty("op").GetString()} {i.GetProperty("slug").GetString()}").ToList();
}
