using System.Net;
using System.Text.Json;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

/// <summary>The related endpoints over HTTP: the seed page plus articles on its subject, each indexed as the write path will.</summary>
public sealed class RelatedApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public Task InitializeAsync() => SeedSubjectArticles.AddAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetRelated_Seed_EditorPicksFirstInTheirOrderThenComputed()
    {
        var items = await ItemsAsync(24);

        var picks = items.TakeWhile(i => Kinds(i).SequenceEqual(["editorPick"])).ToList();
        Assert.Equal(SeedFacts.Teasers.Select(t => t.Title), picks.Select(i => i.GetProperty("title").GetString()));
        Assert.All(picks, i => Assert.Equal(1, i.GetProperty("score").GetDouble()));
        Assert.NotEmpty(items.Skip(picks.Count));
        Assert.All(items.Skip(picks.Count), i => Assert.DoesNotContain("editorPick", Kinds(i)));
    }

    [Fact]
    public async Task GetRelated_ComputedFill_NeverHoldsItselfHiddenArticlesOrDuplicates()
    {
        var slugs = (await ItemsAsync(24)).Select(i => i.GetProperty("slug").GetString()!).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.DoesNotContain(SeedFacts.ArticleSlug, slugs);
        Assert.All(SeedSubjectArticles.Hidden, hidden => Assert.DoesNotContain(hidden, slugs));
        Assert.All(SeedSubjectArticles.Published, slug => Assert.Contains(slug, slugs));
    }

    [Fact]
    public async Task GetRelated_ComputedItems_ScoreWithinZeroAndOneNeverRisingWithReasonsBothTextsBear()
    {
        var computed = (await ItemsAsync(24)).Skip(SeedFacts.Teasers.Length).ToList();
        var seedTerms = await TermsAsync(SeedFacts.ArticleSlug);

        var scores = computed.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var item in computed)
        {
            var text = item.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "text");
            var itemTerms = await TermsAsync(item.GetProperty("slug").GetString()!);
            Assert.All(text.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!), t => Assert.True(seedTerms.Contains(t) && itemTerms.Contains(t), t));
            Assert.Equal(JsonValueKind.Null, text.GetProperty("tags").ValueKind);
        }
    }

    [Fact]
    public async Task GetRelated_Meta_CountsEveryItemAndNamesTheAlgorithm()
    {
        var all = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit=24")).ReadJsonAsync();
        var few = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit=7")).ReadJsonAsync();

        Assert.Equal(all.GetProperty("items").GetArrayLength(), all.GetProperty("meta").GetProperty("total").GetInt32());
        Assert.Equal(7, few.GetProperty("items").GetArrayLength());
        Assert.Equal(all.GetProperty("meta").GetProperty("total").GetInt32(), few.GetProperty("meta").GetProperty("total").GetInt32());
        var algorithm = few.GetProperty("meta").GetProperty("algorithm");
        Assert.Equal((RelatedTuning.AlgorithmName, RelatedTuning.AlgorithmVersion), (algorithm.GetProperty("name").GetString(), algorithm.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task GetRelated_ScheduledArticle_AppearsOnceItsTimeHasComeWithNoReindex()
    {
        using var own = new ContentApiFactory();
        await SeedSubjectArticles.AddAsync(own);
        var client = own.CreateClient();
        Assert.DoesNotContain(SeedSubjectArticles.Scheduled, await SlugsAsync(client));

        await own.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Slug == SeedSubjectArticles.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, DateTime.UtcNow.AddMinutes(-1))));

        Assert.Contains(SeedSubjectArticles.Scheduled, await SlugsAsync(client));
    }

    private async Task<List<JsonElement>> ItemsAsync(int limit) =>
        (await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit={limit}")).ReadJsonAsync())
        .GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<string?>> SlugsAsync(HttpClient client) =>
        (await (await client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related?limit=24")).ReadJsonAsync())
        .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();

    private static IEnumerable<string?> Kinds(JsonElement item) =>
        item.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString());

    private Task<HashSet<string>> TermsAsync(string slug) => factory.ExecuteDbContextAsync(async db =>
    {
        var a = await db.Articles.SingleAsync(a => a.Slug == slug);
        return TermCounts.Of(a.Title, a.Excerpt, a.BodyText).Counts.Select(c => c.Key).ToHashSet();
    });
}
