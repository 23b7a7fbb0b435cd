using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Audit;

public sealed class AuditTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task EveryWrite_IsRecordedWithKeyNameActionAndTime()
    {
        var editor = factory.CreateClient(await factory.CreateKeyAsync("desk-editor", ContentApi.Common.Auth.Scopes.Write));
        var before = DateTime.UtcNow.AddSeconds(-1);
        var created = await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Audited story" });
        var url = created.Headers.Location!.ToString();
        var patched = await editor.PatchAsync(url, new { excerpt = "Now with an excerpt." }, created.ETag());
        await editor.DeleteAsync(url, patched.ETag());

        var audit = await (await factory.CreateWriteClient().GetAsync("/api/v1/audit?pageSize=3")).ReadJsonAsync();

        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["deleted", "updated", "created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e =>
        {
            Assert.Equal("desk-editor", e.GetProperty("actor").GetString());
            Assert.Equal("article", e.GetProperty("resource").GetString());
            Assert.Equal("audited-story", e.GetProperty("target").GetString());
            Assert.InRange(e.GetProperty("at").GetDateTime(), before, DateTime.UtcNow.AddSeconds(1));
        });
        Assert.Equal($"PATCH {url}", entries[1].GetProperty("request").GetString());
    }

    [Fact]
    public async Task FailedWrite_LeavesNoAuditRow()
    {
        var editor = factory.CreateWriteClient();
        var before = (await (await editor.GetAsync("/api/v1/audit")).ReadJsonAsync()).GetProperty("meta").GetProperty("total").GetInt32();

        await editor.PostAsJsonAsync("/api/v1/articles", new { title = "Dup", slug = SeedFacts.ArticleSlug });
        await editor.PatchAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}", new { title = "x" }, "\"stale\"");

        var after = (await (await editor.GetAsync("/api/v1/audit")).ReadJsonAsync()).GetProperty("meta").GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }
}
