using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Changes;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Changes;

/// <summary>A client that knows only the change feed ends with exactly what the API serves, deletions included.</summary>
public sealed class ChangeFeedMirrorTests : IDisposable
{
    private readonly Factory _factory = new();
    private readonly HttpClient _editor;
    private readonly HttpClient _public;

    public ChangeFeedMirrorTests()
    {
        _editor = _factory.CreateWriteClient();
        _public = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A client polling as fast as it can is what these tests do; the rate limit is not what they test.</summary>
    private sealed class Factory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => base.Settings.Append(("RateLimiting:Enabled", "false"));
    }

    [Fact]
    public async Task FullSync_OfTheSeededSite_HoldsEverythingTheApiServes()
    {
        var mirror = new FeedMirror(_public);
        await mirror.SyncAsync(limit: 3);

        await mirror.AssertMatchesApiAsync();
        Assert.Contains(mirror.OfType("article").Values, a => a.GetProperty("slug").GetString() == SeedFacts.ArticleSlug);
    }

    [Fact]
    public async Task Replay_ThroughEveryKindOfChange_EndsEqualToTheApi()
    {
        var mirror = new FeedMirror(_public);
        await mirror.SyncAsync();
        var tag = await CreateAsync("/api/v1/tags", new { name = "Energy" });
        await CreateAsync("/api/v1/authors", new { name = "Jane Doe" });
        var story = await CreateAsync("/api/v1/articles", new { title = "Oil field deal", status = "published", author = "jane-doe", tags = new[] { "energy" } });
        var draft = await CreateAsync("/api/v1/articles", new { title = "Unfinished draft" });
        var doomed = await CreateAsync("/api/v1/articles", new { title = "Doomed story", status = "published" });
        await mirror.SyncAsync(limit: 2);

        story = await PatchAsync(story, new { title = "Oil field deal signed", slug = "oil-field-deal-signed" });
        draft = await PatchAsync(draft, new { status = "published" });
        await mirror.SyncAsync(limit: 1);
        draft = await PatchAsync(draft, new { status = "draft" });
        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync(doomed.Url, doomed.ETag)).StatusCode);
        tag = await PatchAsync(tag, new { name = "Power" });
        var scheduled = await CreateAsync("/api/v1/articles", new { title = "Embargoed story", status = "scheduled", publishedAt = DateTime.UtcNow.AddSeconds(2) });
        await mirror.SyncAsync(limit: 4);
        Assert.DoesNotContain(mirror.OfType("article").Values, a => a.GetProperty("slug").GetString() == "embargoed-story");
        await mirror.AssertMatchesApiAsync();

        // Due with no write at that moment: the worker records it, and a client that synced just before still receives it.
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        await _factory.Services.GetRequiredService<ComingDueWorker>().RunOnceAsync(CancellationToken.None);
        await mirror.SyncAsync(limit: 1);

        Assert.Contains(mirror.OfType("article").Values, a => a.GetProperty("slug").GetString() == "embargoed-story");
        Assert.DoesNotContain(mirror.OfType("article").Values, a => a.GetProperty("slug").GetString() is "doomed-story" or "oil-field-deal" or "unfinished-draft");
        Assert.Equal("Power", mirror.OfType("tag")[tag.Id].GetProperty("name").GetString());
        await mirror.AssertMatchesApiAsync();
        Assert.Equal(HttpStatusCode.OK, (await _public.GetAsync(scheduled.Url)).StatusCode);
    }

    [Fact]
    public async Task PagesOfOne_WhileEditorsWrite_MissNothing()
    {
        var mirror = new FeedMirror(_public);
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
            {
                var created = await CreateAsync("/api/v1/articles", new { title = $"Live story {i}", status = "published" });
                if (i % 3 == 0)
                {
                    await PatchAsync(created, new { status = "archived" });
                }
            }
        });
        while (!writing.IsCompleted)
        {
            await mirror.PageAsync(limit: 1);
        }
        await writing;
        await mirror.SyncAsync(limit: 1);

        await mirror.AssertMatchesApiAsync();
        Assert.Equal(8, mirror.OfType("article").Values.Count(a => a.GetProperty("slug").GetString()!.StartsWith("live-story", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cursor_RestsOnTheDatabase_ItWorksAfterARestart()
    {
        var mirror = new FeedMirror(_public);
        await mirror.SyncAsync();
        await CreateAsync("/api/v1/tags", new { name = "After restart" });
        var cursor = mirror.Cursor!;

        using var restarted = _factory.Restart();
        var page = await (await restarted.CreateClient().GetAsync($"/api/v1/changes?since={Uri.EscapeDataString(cursor)}")).ReadJsonAsync();

        var item = Assert.Single(page.Items());
        Assert.Equal(("tag", "after-restart", "upsert"), (item.GetProperty("type").GetString(), item.GetProperty("slug").GetString(), item.GetProperty("op").GetString()));
    }

    private async Task<Written> CreateAsync(string url, object body)
    {
        var response = await _editor.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return new(response.Headers.Location!.ToString(), response.ETag(), json.GetProperty("id").GetInt32());
    }

    /// <summary>Patches the item as it is now (an author's or tag's ETag moves with its article count).</summary>
    private async Task<Written> PatchAsync(Written item, object patch)
    {
        var current = await _editor.GetAsync(item.Url.Contains("/articles/", StringComparison.Ordinal) ? item.Url + "?preview=true" : item.Url);
        var response = await _editor.PatchAsync(item.Url, patch, current.ETag());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        var url = json.TryGetProperty("slug", out var slug) && item.Url.Contains("/articles/", StringComparison.Ordinal)
            ? $"/api/v1/articles/{slug.GetString()}"
            : item.Url;
        return new(url, response.ETag(), item.Id);
    }

    private sealed record Written(string Url, string ETag, int Id);
}
