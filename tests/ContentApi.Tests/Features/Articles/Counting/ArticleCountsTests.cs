using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Counting;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Counting;

/// <summary>The kept counts against a real COUNT after every kind of write, and when a scheduled article comes due.</summary>
public sealed class ArticleCountsTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task KeptCounts_EqualARealCount_AfterCreatesEditsDeletesAndAComingDue()
    {
        await CreateAsync("/api/v1/authors", new { name = "Count Author A" });
        await CreateAsync("/api/v1/authors", new { name = "Count Author B" });
        await CreateAsync("/api/v1/tags", new { name = "Count Tag One" });
        await CreateAsync("/api/v1/tags", new { name = "Count Tag Two" });
        var first = await CreateAsync("/api/v1/articles", new { title = "Counted one", status = "published", author = "count-author-a", tags = new[] { "count-tag-one" } });
        var second = await CreateAsync("/api/v1/articles", new { title = "Counted two", status = "published", author = "count-author-a", tags = new[] { "count-tag-one", "count-tag-two" } });
        await CreateAsync("/api/v1/articles", new { title = "Counted undated", status = "published", author = "count-author-b", tags = new[] { "count-tag-two" } });
        var draft = await CreateAsync("/api/v1/articles", new { title = "Counted draft", author = "count-author-b", tags = new[] { "count-tag-one" } });
        await AssertExactAsync(expectedAuthorA: 2, expectedTagOne: 2);

        await PatchAsync(first, new { tags = new[] { "count-tag-two" } });
        await PatchAsync(second, new { author = "count-author-b" });
        await AssertExactAsync(expectedAuthorA: 1, expectedTagOne: 1);

        await PatchAsync(first, new { status = "draft" });
        await PatchAsync(draft, new { status = "published" });
        await AssertExactAsync(expectedAuthorA: 0, expectedTagOne: 2);

        await PatchAsync(first, new { status = "published" });
        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync(second, await _editor.ETagOfAsync(second))).StatusCode);
        await AssertExactAsync(expectedAuthorA: 1, expectedTagOne: 1);

        await CreateAsync("/api/v1/articles", new { title = "Counted later", status = "scheduled", publishedAt = DateTime.UtcNow.AddHours(1), author = "count-author-a", tags = new[] { "count-tag-one" } });
        await AssertExactAsync(expectedAuthorA: 1, expectedTagOne: 1);
        await ComeDueAsync("counted-later");
        await AssertExactAsync(expectedAuthorA: 2, expectedTagOne: 2);
    }

    /// <summary>
    /// Time passing, without waiting an hour: the article's moment moved near with no write, then the
    /// worker that records what came due (the hosted one may get there first: the same).
    /// </summary>
    private async Task ComeDueAsync(string slug)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // A second ahead, so no pass of the worker can fall between this update and the moment.
            var moment = DateTime.UtcNow.AddSeconds(1);
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Slug == slug)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, moment));
        }
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await factory.Services.GetRequiredService<ComingDueWorker>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<string> CreateAsync(string route, object body)
    {
        var response = await _editor.PostAsJsonAsync(route, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    private async Task PatchAsync(string url, object patch) =>
        Assert.Equal(HttpStatusCode.OK, (await _editor.PatchAsync(url, patch, await _editor.ETagOfAsync(url))).StatusCode);

    /// <summary>Reads the database directly (not through ExecuteDbContextAsync, which counts again).</summary>
    private async Task AssertExactAsync(int expectedAuthorA, int expectedTagOne)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var visible = db.Articles.Visible();
        Assert.Equal(await visible.CountAsync(), await db.Set<ArticleCount>().Where(c => c.List == CountedArticle.All).Select(c => c.Count).SingleAsync());
        var authors = await db.Authors.Select(a => new { a.Slug, Kept = a.ArticleCount, Real = visible.Count(v => v.AuthorId == a.Id) }).ToListAsync();
        Assert.All(authors, a => Assert.Equal((a.Slug, a.Real), (a.Slug, a.Kept)));
        var tags = await db.Tags.Select(t => new { t.Slug, Kept = t.ArticleCount, Real = visible.Count(v => v.Tags.Any(at => at.TagId == t.Id)) }).ToListAsync();
        Assert.All(tags, t => Assert.Equal((t.Slug, t.Real), (t.Slug, t.Kept)));

        var client = factory.CreateClient();
        Assert.Equal(expectedAuthorA, (await (await client.GetAsync("/api/v1/authors/count-author-a")).ReadJsonAsync()).GetProperty("articleCount").GetInt32());
        Assert.Equal(expectedTagOne, (await (await client.GetAsync("/api/v1/tags/count-tag-one")).ReadJsonAsync()).GetProperty("articleCount").GetInt32());
        foreach (var (list, real) in new[]
        {
            ("/api/v1/articles", await visible.CountAsync()),
            ("/api/v1/authors/count-author-a/articles", expectedAuthorA),
            ("/api/v1/articles?tag=count-tag-one", expectedTagOne),
            ("/api/v1/articles?sort=title&author=count-author-b", await visible.CountAsync(v => v.Author!.Slug == "count-author-b")),
        })
        {
            var page = await (await client.GetAsync(list)).ReadJsonAsync();
            Assert.Equal((list, real), (list, page.GetProperty("meta").GetProperty("total").GetInt32()));
        }
    }
}
