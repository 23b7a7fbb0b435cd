using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Changes;

/// <summary>
/// Two instances on one database write at once while a client follows the feed. On PostgreSQL a
/// sequence hands out Seq at insert, not at commit: without the provider's serialisation a record
/// could commit behind one the reader has already passed, and the reader would never see it.
/// </summary>
public sealed class ChangeFeedConcurrencyTests
{
    [Fact]
    public async Task ConcurrentWritersOnTwoInstances_AReaderFollowingTheFeed_MissesNoRecord()
    {
        using var first = new Instance();
        using var second = new Instance(first.Database);
        var mirror = new FeedMirror(first.CreateClient());
        await mirror.SyncAsync();
        var writing = new[] { first, second }.Select((instance, n) => CreateAuthorsAsync(instance.CreateWriteClient(), $"Writer{n}", 12)).ToArray();

        while (!writing.All(w => w.IsCompleted))
        {
            await mirror.PageAsync(limit: 3);
        }
        await mirror.SyncAsync();

        var created = (await Task.WhenAll(writing)).SelectMany(ids => ids).ToList();
        Assert.Equal(24, created.Count);
        Assert.All(created, id => Assert.Contains(id, mirror.OfType("author").Keys));
    }

    private static async Task<List<int>> CreateAuthorsAsync(HttpClient client, string name, int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/authors", new { name = $"{name} Number{i}" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        }
        return ids;
    }

    /// <summary>One API instance; the second is made over the first's database. The feed is polled as fast as it goes.</summary>
    private sealed class Instance : WriteApiFactory
    {
        public Instance()
        {
        }

        public Instance(TestDatabase database) : base(database)
        {
        }

        protected override IEnumerable<(string Key, string Value)> Settings => base.Settings.Append(("RateLimiting:Enabled", "false"));
    }
}
