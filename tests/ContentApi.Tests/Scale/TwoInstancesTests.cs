using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Caching;
using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Features.Site;
using ContentApi.Features.Webhooks;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Scale;

/// <summary>
/// Two instances on one database and one Redis answer as one API: what is written on one is read
/// on the other at once (its output cache included), a cursor from one continues on the other,
/// the scheduled-article moment one learns of reaches the other, and each worker runs on one.
/// </summary>
public sealed class TwoInstancesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string Article = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [RedisFact]
    public async Task Write_OnOneInstance_IsServedByTheOther_ItsOutputCacheIncluded()
    {
        using var instances = new TwoInstances(redis);
        var readerB = instances.B.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await readerB.GetAsync(Article)).StatusCode);
        // The answer B stored is A's to serve: the cache is one, not one per instance.
        var cachedOnA = await instances.A.CreateClient().GetAsync(Article);
        Assert.NotNull(cachedOnA.Headers.Age);

        var editor = instances.A.CreateWriteClient();
        var edited = await editor.PatchAsync(Article, new { title = "Edited on instance A" }, await editor.ETagOfAsync(Article));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var readAgainOnB = await readerB.GetAsync(Article);
        Assert.Null(readAgainOnB.Headers.Age);
        Assert.Equal("Edited on instance A", (await readAgainOnB.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [RedisFact]
    public async Task ListCursor_FromOneInstance_ContinuesOnTheOther()
    {
        using var instances = new TwoInstances(redis);
        var first = await instances.A.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=2");
        var cursor = first.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        var onA = await instances.A.CreateClient().GetAsync($"/api/v1/articles?pageSize=2&after={cursor}");
        var onB = await instances.B.CreateClient().GetAsync($"/api/v1/articles?pageSize=2&after={cursor}");
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(Slugs(await onA.Content.ReadFromJsonAsync<JsonElement>()), Slugs(await onB.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [RedisFact]
    public async Task ChangeFeed_ReadsTheSameFromBoth_AndACursorFromOneResumesOnTheOther()
    {
        using var instances = new TwoInstances(redis);
        var start = await instances.A.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/changes?limit=1000");
        var cursor = start.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        Assert.Equal(start.GetRawText(), (await instances.B.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/changes?limit=1000")).GetRawText());

        var editor = instances.A.CreateWriteClient();
        Assert.Equal(HttpStatusCode.OK, (await editor.PatchAsync(Article, new { excerpt = "Changed on A" }, await editor.ETagOfAsync(Article))).StatusCode);

        var sinceOnB = await instances.B.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/changes?since={cursor}");
        var sinceOnA = await instances.A.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/changes?since={cursor}");
        Assert.Equal(sinceOnA.GetRawText(), sinceOnB.GetRawText());
        Assert.Contains(sinceOnB.GetProperty("items").EnumerateArray(), item => item.GetProperty("slug").GetString() == SeedFacts.ArticleSlug);
    }

    [RedisFact]
    public async Task ScheduledArticle_WrittenOnOneInstance_BoundsTheOthersCacheLifetime()
    {
        using var instances = new TwoInstances(redis);
        var schedule = instances.B.Services.GetRequiredService<PublicationSchedule>();
        var before = await schedule.TimeUntilNextDueAsync(CancellationToken.None);
        var due = DateTimeOffset.UtcNow.AddHours(1);

        var created = await instances.A.CreateWriteClient().PostAsJsonAsync("/api/v1/articles",
            new { title = "Due in an hour", status = "scheduled", publishedAt = due });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // B hears of A's commit through Redis; wait for the message, not for a time.
        TimeSpan? after = before;
        for (var attempt = 0; attempt < 100 && after == before; attempt++)
        {
            await Task.Delay(50);
            after = await schedule.TimeUntilNextDueAsync(CancellationToken.None);
        }
        Assert.NotNull(after);
        Assert.InRange(after.Value, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(60));
    }

    [RedisFact]
    public async Task SiteEdit_OnOneInstance_IsForgottenByTheOthersIdentityCache()
    {
        using var instances = new TwoInstances(redis);
        var cache = instances.B.Services.GetRequiredService<SiteIdentityCache>();
        async Task<string?> NameOnB()
        {
            using var scope = instances.B.Services.CreateScope();
            return (await cache.GetAsync(scope.ServiceProvider.GetRequiredService<ContentDbContext>(), CancellationToken.None)).Name;
        }
        var before = await NameOnB();

        var editor = instances.A.CreateWriteClient();
        var renamed = await editor.PatchAsync("/api/v1/site", new { name = "Renamed on instance A" }, (await editor.GetAsync("/api/v1/site")).ETag());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        // B keeps its identity for SiteIdentityCache.Lifetime (10 s) unless A's commit message reaches it: wait for half that.
        var after = before;
        for (var attempt = 0; attempt < 100 && after == before; attempt++)
        {
            await Task.Delay(50);
            after = await NameOnB();
        }
        Assert.Equal("Renamed on instance A", after);
    }

    [RedisFact]
    public async Task Workers_RunOnOneInstanceAtATime()
    {
        using var instances = new TwoInstances(redis);
        var onA = instances.A.Services.GetRequiredService<IWorkerLease>();
        var onB = instances.B.Services.GetRequiredService<IWorkerLease>();
        Assert.True(await onA.HoldAsync("test-worker", CancellationToken.None));
        Assert.False(await onB.HoldAsync("test-worker", CancellationToken.None));
        Assert.True(await onA.HoldAsync("test-worker", CancellationToken.None));
        // The app's own workers, started with both hosts: each held by exactly one of them.
        foreach (var worker in new[] { ComingDueWorker.WorkerName, WebhookDeliveryWorker.WorkerName })
        {
            Assert.NotEqual(await onA.HoldAsync(worker, CancellationToken.None), await onB.HoldAsync(worker, CancellationToken.None));
        }
    }

    private static List<string> Slugs(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!).ToList();
}
