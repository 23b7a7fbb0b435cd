using ContentApi.Common.Changes;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Search;

/// <summary>
/// The first pages of a search come from the impact lists (SQLite) without scoring every match, and are exactly
/// what ranking every match with FTS5's bm25 gives: same items, same order, same scores, before and after writes.
/// </summary>
/// <remarks>Each test compares with the full ranking of the data as it is then, so their order does not matter.</remarks>
public sealed class SearchImpactsTests(SearchCorpusFactory factory) : IClassFixture<SearchCorpusFactory>
{
    private readonly SearchCorpusFactory _factory = factory;

    [SqliteFact]
    public async Task FirstPages_AreTheFullBm25Ranking_AndComeFromTheLists()
    {
        foreach (var q in new[] { "alpha", "beta", "gamma", "Delta" })
        {
            Assert.NotNull(await TopAsync(q, 45));
            await AssertPagesRankedAsFullBm25Async(q);
        }
        // Several terms, phrases and prefixes rank every match, as before: still the same answers.
        foreach (var q in new[] { "alpha beta", "\"alpha beta\"", "gam*", "alpha zeta" })
        {
            await AssertPagesRankedAsFullBm25Async(q);
        }
    }

    [SqliteFact]
    public async Task AfterCreatesEditsAndDeletes_FirstPagesStayTheFullBm25Ranking()
    {
        var client = _factory.CreateWriteClient();
        var created = new List<HttpResponseMessage>();
        foreach (var (title, body) in new[] { ("Alpha alpha", "alpha"), ("Alpha news", "short alpha piece"), ("Other", string.Join(' ', Enumerable.Repeat("alpha beta", 40))) })
        {
            var response = await client.PostAsJsonAsync("/api/v1/articles", new { title, bodyHtml = $"<p>{body}</p>", status = "published" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            created.Add(response);
        }
        var best = (await SearchAsync("alpha", 1, 15)).Slugs();
        Assert.Contains(created[0].Headers.Location!.ToString().Split('/')[^1], best);

        // The first two of the list lose the word, the third is deleted: the lists must let go of them.
        var top = await SearchAsync("alpha", 1, 3);
        foreach (var slug in top.Slugs().Take(2))
        {
            var url = $"/api/v1/articles/{slug}";
            var patched = await client.PatchAsync(url, new { title = "Renamed", excerpt = "none", bodyHtml = "<p>nothing here</p>" }, await client.ETagOfAsync(url));
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }
        var third = $"/api/v1/articles/{top.Slugs()[2]}";
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(third, await client.ETagOfAsync(third))).StatusCode);

        Assert.NotNull(await TopAsync("alpha", 15));
        await AssertPagesRankedAsFullBm25Async("alpha");
        await AssertPagesRankedAsFullBm25Async("alpha");
    }

    [SqliteFact]
    public async Task ScheduledArticles_AreNeitherListedNorCounted_TillTheirTime()
    {
        var client = _factory.CreateWriteClient();
        var slugs = new List<string>();
        foreach (var title in new[] { "Alpha alpha alpha", "Alpha alpha scheduled" })
        {
            var response = await client.PostAsJsonAsync("/api/v1/articles", new
            {
                title, bodyHtml = "<p>alpha alpha alpha</p>", status = "scheduled", publishedAt = DateTime.UtcNow.AddYears(5),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            slugs.Add(response.Headers.Location!.ToString().Split('/')[^1]);
        }

        Assert.NotNull(await TopAsync("alpha", 15));
        Assert.DoesNotContain((await SearchAsync("alpha", 1, 100)).Slugs(), slugs.Contains);
        await AssertPagesRankedAsFullBm25Async("alpha");
    }

    [SqliteFact]
    public async Task ScheduledArticle_IsListedAndCountedAtItsMoment_WithNoWrite()
    {
        // Stopped: its record of what came due is a commit, which would make the kept totals forget anyway.
        await _factory.Services.GetRequiredService<ComingDueWorker>().StopAsync(CancellationToken.None);
        var moment = DateTime.UtcNow.AddSeconds(2);
        var response = await _factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Alpha alpha alpha due", bodyHtml = "<p>alpha alpha alpha</p>", status = "scheduled", publishedAt = moment,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var before = (await SearchAsync("alpha", 1, 15)).GetProperty("meta").GetProperty("total").GetInt32();
        Assert.NotNull(await TopAsync("alpha", 15));

        await Task.Delay(moment - DateTime.UtcNow + TimeSpan.FromMilliseconds(50));
        var after = await SearchAsync("alpha", 1, 16);
        Assert.Equal(before + 1, after.GetProperty("meta").GetProperty("total").GetInt32());
        await AssertPagesRankedAsFullBm25Async("alpha");
    }

    /// <summary>Pages 1 to 3 by number, and page 2 by the cursor of page 1: each is its slice of the full ranking.</summary>
    private async Task AssertPagesRankedAsFullBm25Async(string q)
    {
        var ranking = await FullRankingAsync(q);
        for (var page = 1; page <= 3; page++)
        {
            var answer = await SearchAsync(q, page, 15);
            Assert.Equal(ranking.Skip((page - 1) * 15).Take(15).ToList(), Hits(answer));
            Assert.Equal(ranking.Count, answer.GetProperty("meta").GetProperty("total").GetInt32());
        }
        var first = await SearchAsync(q, 1, 15);
        if (first.NextCursor() is { } cursor)
        {
            var next = await (await _factory.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&pageSize=15&after={Uri.EscapeDataString(cursor)}")).ReadJsonAsync();
            Assert.Equal(ranking.Skip(15).Take(15).ToList(), Hits(next));
        }
    }

    private static List<(string Slug, double Score)> Hits(JsonElement list) =>
        list.Items().Select(i => (i.GetProperty("slug").GetString()!, i.GetProperty("score").GetDouble())).ToList();

    private async Task<JsonElement> SearchAsync(string q, int page, int pageSize) =>
        await (await _factory.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&page={page}&pageSize={pageSize}")).ReadJsonAsync();

    private async Task<SearchTop?> TopAsync(string q, int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.True(SearchQueryParser.TryParse(q, out var query, out _));
        return await scope.ServiceProvider.GetRequiredService<ISearchIndex>().TopAsync(query, count, default);
    }

    /// <summary>Today's ranking, written out: bm25 over every visible match (none dated in the future), best first, then by id.</summary>
    private Task<List<(string Slug, double Score)>> FullRankingAsync(string q) => _factory.ExecuteDbContextAsync(async db =>
    {
        Assert.True(SearchQueryParser.TryParse(q, out var query, out _));
        var ranked = await db.Database.SqlQueryRaw<RankedRow>(
                """
                SELECT rowid AS Id, -bm25(ListableArticleText, 10.0, 4.0, 1.0) AS Score FROM ListableArticleText
                WHERE ListableArticleText MATCH {0} AND rowid NOT IN (SELECT "Id" FROM "Articles" WHERE "PublishedAt" > {1})
                ORDER BY Score DESC, rowid
                """,
                string.Join(' ', query!.Terms.Select(t => $"\"{t.Text}\"{(t.IsPrefix ? "*" : "")}")), DateTime.UtcNow)
            .ToListAsync();
        var slugs = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.Slug);
        return ranked.Select(r => (slugs[r.Id], r.Score)).ToList();
    });

    private sealed class RankedRow
    {
        public int Id { get; init; }
        public double Score { get; init; }
    }
}
