using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Changes;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Common;

/// <summary>Listeners (cache eviction, related index) hear of every committed write, and of nothing else.</summary>
public sealed class ContentChangeTests(ContentChangeTests.Factory factory) : IClassFixture<ContentChangeTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        public ConcurrentQueue<ContentChange> Heard { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IContentChangeListener>(new Recorder(Heard)));
        }
    }

    private sealed class Recorder(ConcurrentQueue<ContentChange> heard) : IContentChangeListener
    {
        public Task OnContentChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
        {
            foreach (var change in changes)
            {
                heard.Enqueue(change);
            }
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task CommittedWrites_ArePublished_FailedOnesAreNot()
    {
        var editor = factory.CreateWriteClient();
        var created = await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Heard story" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = created.Headers.Location!.ToString();
        var patched = await editor.PatchAsync(url, new { excerpt = "x" }, created.ETag());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await editor.PatchAsync(url, new { excerpt = "y" }, created.ETag())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Dup", slug = "heard-story" })).StatusCode);
        await editor.DeleteAsync(url, patched.ETag());
        var tag = await editor.PostAsJsonAsync("/api/v1/tags", new { name = "Heard tag" });
        var tagId = (await tag.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(
            [new("article", id, ContentChangeKind.Created), new("article", id, ContentChangeKind.Updated),
             new("article", id, ContentChangeKind.Deleted), new ContentChange("tag", tagId, ContentChangeKind.Created)],
            factory.Heard.ToArray());
    }
}
