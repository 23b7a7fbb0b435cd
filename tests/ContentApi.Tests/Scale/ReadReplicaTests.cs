using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Scale;

/// <summary>
/// ConnectionStrings:ContentRead against a real streaming standby. Pausing the standby's replay
/// shows where each request reads: what the public sees stays as the standby has it, while writes,
/// If-Match, previews and key checks see the primary; once replay resumes the public sees the write.
/// </summary>
public sealed class ReadReplicaTests(StreamingReplica replica) : IClassFixture<StreamingReplica>
{
    private const string SeedSlug = "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria";

    [ReplicaFact]
    public async Task Replica_WhileReplayPaused_PublicReadsLagAndWritesPreviewIfMatchAndKeysUseThePrimary()
    {
        using var database = new ReplicaTestDatabase(replica);
        using var app = new InstanceFactory(database, []);
        var reader = app.CreateClient();
        var writer = app.CreateWriteClient();
        await replica.WaitForReplayAsync();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/articles/{SeedSlug}")).StatusCode);
        var cursor = await LastCursorAsync(reader);

        await replica.PauseReplayAsync(true);
        string slug;
        try
        {
            var created = await writer.PostAsJsonAsync("/api/v1/articles", new { title = "Written on the primary", bodyHtml = "<p>Fresh.</p>", status = "published" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            slug = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;

            // The standby has not replayed the write: the public item, list and feed do not show it yet,
            // and the feed's cursor stays where it was (nothing is skipped when the standby catches up).
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
            Assert.DoesNotContain($"\"{slug}\"", await reader.GetStringAsync("/api/v1/articles?pageSize=100"), StringComparison.Ordinal);
            var lagging = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/changes?since={cursor}");
            Assert.Equal(0, lagging.GetProperty("items").GetArrayLength());
            Assert.Equal(cursor, lagging.GetProperty("meta").GetProperty("nextCursor").GetString());

            // A preview, an If-Match write and a key made a moment ago all see the primary.
            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"/api/v1/articles/{slug}?preview=true")).StatusCode);
            var patched = await writer.PatchAsync($"/api/v1/articles/{slug}", new { title = "Edited on the primary" }, created.Headers.ETag!.Tag);
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            var key = await writer.PostAsJsonAsync("/api/v1/keys", new { name = "fresh reader", scopes = new[] { "content:read" } });
            var keyed = app.CreateClient();
            keyed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
            Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/api/v1/site")).StatusCode);

            // A site edit: pages read meanwhile show (and the in-process site identity holds) the standby's old name.
            var site = await writer.GetAsync("/api/v1/site");
            Assert.Equal(HttpStatusCode.OK, (await writer.PatchAsync("/api/v1/site", new { name = "The Replica Times" }, site.Headers.ETag!.Tag)).StatusCode);
            Assert.DoesNotContain("The Replica Times", await reader.GetStringAsync($"/api/v1/articles/{SeedSlug}"), StringComparison.Ordinal);
        }
        finally
        {
            await replica.PauseReplayAsync(false);
        }

        // Replayed: the public sees the edit; the answers cached from the lagging standby were evicted again.
        await replica.WaitForReplayAsync();
        var article = await EventuallyAsync(reader, $"/api/v1/articles/{slug}", body => body.Contains("Edited on the primary", StringComparison.Ordinal));
        Assert.Contains("Edited on the primary", article, StringComparison.Ordinal);
        Assert.Contains("The Replica Times", await EventuallyAsync(reader, $"/api/v1/articles/{SeedSlug}", body => body.Contains("The Replica Times", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains($"\"{slug}\"", await EventuallyAsync(reader, $"/api/v1/changes?since={cursor}", body => body.Contains(slug, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [ReplicaFact]
    public async Task Replica_ReadOnlyStandby_StartsAndServesEveryDeliveryRoute()
    {
        using var database = new ReplicaTestDatabase(replica);
        using var app = new InstanceFactory(database, []);
        var reader = app.CreateClient();
        await replica.WaitForReplayAsync();
        string[] routes =
        [
            "/api/v1/site", "/api/v1/articles", $"/api/v1/articles/{SeedSlug}", $"/api/v1/articles/{SeedSlug}/related",
            $"/api/v1/articles/{SeedSlug}?include=related", "/api/v1/search?q=syria", "/api/v1/authors", "/api/v1/authors/the-liberum",
            "/api/v1/authors/the-liberum/articles", "/api/v1/tags", "/api/v1/donation-forms", "/api/v1/donation-forms/6",
            "/api/v1/changes?include=data", "/api/v1/feeds/rss.xml", "/api/v1/feeds/atom.xml", "/api/v1/feeds/feed.json",
            "/sitemap.xml", "/news-sitemap.xml", "/api/v1/pages", "/api/v1/redirects?path=/old-post/",
        ];
        foreach (var route in routes)
        {
            var response = await reader.GetAsync(route);
            Assert.True((int)response.StatusCode < 500, $"{route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        // Every route read the standby (the test above shows where reads go), where any write fails:
        // start-up (migrations, seeds, indexes) and the reads attempted none there.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/articles/{SeedSlug}")).StatusCode);
    }

    private static async Task<string> LastCursorAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/changes?limit=1000");
        while (page.GetProperty("meta").GetProperty("hasMore").GetBoolean())
        {
            page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/changes?limit=1000&since={page.GetProperty("meta").GetProperty("nextCursor").GetString()}");
        }
        return page.GetProperty("meta").GetProperty("nextCursor").GetString()!;
    }

    /// <summary>Asks again until the answer shows what is expected: the eviction after replay runs in the background.</summary>
    private static async Task<string> EventuallyAsync(HttpClient client, string url, Func<string, bool> shows)
    {
        var body = "";
        for (var attempt = 0; attempt < 200 && !shows(body); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 50);
            var response = await client.GetAsync(url);
            body = await response.Content.ReadAsStringAsync();
        }
        return body;
    }
}
