using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Writes;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Common;

/// <summary>After-commit work hears of every committed write and of nothing else, and its failure never fails the write.</summary>
public sealed class AfterCommitTests(AfterCommitTests.Factory factory) : IClassFixture<AfterCommitTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        public ConcurrentQueue<WriteRecord> Heard { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services
                .AddSingleton<IAfterCommit>(new Recorder(Heard))
                .AddSingleton<IAfterCommit>(new Failing()));
        }
    }

    private sealed class Recorder(ConcurrentQueue<WriteRecord> heard) : IAfterCommit
    {
        public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
        {
            foreach (var write in writes)
            {
                heard.Enqueue(write);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>Runs before the recorder and the cache eviction, and always throws.</summary>
    private sealed class Failing : IAfterCommit
    {
        public int Order => -1;

        public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("After-commit step failed on purpose.");
    }

    [Fact]
    public async Task CommittedWrites_AreHeard_FailedOnesAreNot_AndAFailingStepFailsNoWrite()
    {
        var editor = factory.CreateWriteClient();
        var created = await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Heard story" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = created.Headers.Location!.ToString();
        var patched = await editor.PatchAsync(url, new { excerpt = "x" }, created.ETag());
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await editor.PatchAsync(url, new { excerpt = "y" }, created.ETag())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Dup", slug = "heard-story" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync(url, patched.ETag())).StatusCode);
        var tag = await editor.PostAsJsonAsync("/api/v1/tags", new { name = "Heard tag" });
        var tagId = (await tag.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(
            [("article", id, WriteKind.Created), ("article", id, WriteKind.Updated), ("article", id, WriteKind.Deleted), ("tag", tagId, WriteKind.Created)],
            factory.Heard.Where(w => w.Resource != "key").Select(w => (w.Resource, w.Id, w.Kind)).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
    }
}
