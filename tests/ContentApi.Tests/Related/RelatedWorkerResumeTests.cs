using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Changes;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContentApi.Tests.Related;

/// <summary>The related worker keeps its place in the database: a crash between a commit and the refresh repairs itself on the next start.</summary>
public sealed class RelatedWorkerResumeTests
{
    private const string Body = "<p>The glacier observatory in Svalbard recorded permafrost thaw, glacier retreat and meltwater floods near the observatory.</p>";

    [Fact]
    public async Task ListsLeftStaleByACrash_AreRefreshed_WhenTheWorkerResumesAfterARestart()
    {
        using var factory = new WriteApiFactory();
        var client = factory.CreateWriteClient();
        var first = await CreateAsync(client, "Svalbard glacier observatory reports permafrost thaw");
        var second = await CreateAsync(client, "Glacier retreat and meltwater floods at the Svalbard observatory");
        await factory.CatchUpAsync();
        Assert.True(await ComputedAsync(factory, first.Slug, second.Slug));

        // As if the process died after the second write committed and before its refresh: the worker
        // stops, its checkpoint is before the second article's record, the lists know nothing of it.
        foreach (var worker in factory.Services.GetServices<IHostedService>().OfType<ChangeRecordWorker>())
        {
            await worker.StopAsync(CancellationToken.None);
        }
        await factory.ExecuteDbContextAsync(async db =>
        {
            var record = await db.Set<ChangeRecord>().Where(c => c.Type == "article" && c.EntityId == second.Id).MinAsync(c => c.Seq);
            await db.Set<WorkerCheckpoint>().Where(c => c.Worker == "related").ExecuteUpdateAsync(s => s.SetProperty(c => c.Seq, record - 1));
            await db.Set<RelatedScore>().Where(s => s.ArticleId == first.Id || s.RelatedArticleId == second.Id).ExecuteDeleteAsync();
        });
        Assert.False(await ComputedAsync(factory, first.Slug, second.Slug));

        using var restarted = factory.Restart();
        await restarted.CatchUpAsync();

        Assert.True(await ComputedAsync(restarted, first.Slug, second.Slug));
    }

    private static async Task<(string Slug, int Id)> CreateAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/v1/articles", new { title, bodyHtml = Body, status = "published" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("slug").GetString()!, json.GetProperty("id").GetInt32());
    }

    /// <summary>Whether the article's list holds the other as a computed item (score above 0), not as a filler.</summary>
    private static async Task<bool> ComputedAsync(ContentApiFactory factory, string slug, string other)
    {
        var related = await (await factory.CreateClient().GetAsync($"/api/v1/articles/{slug}/related")).ReadJsonAsync();
        return related.GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("slug").GetString() == other && i.GetProperty("score").GetDouble() > 0);
    }
}
