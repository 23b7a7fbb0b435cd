using System.Text.Json;
using ContentApi.Features.Articles;
using ContentApi.Seeding;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Infrastructure.QueryDataFactory;

namespace ContentApi.Tests.Search;

public sealed class SearchApiTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> SearchAsync(string q, string more = "") =>
        await (await _client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&pageSize=100{more}")).ReadJsonAsync();

    [Fact]
    public async Task Search_TitleHitRanksAboveBodyHits_DraftsNeverShow()
    {
        var hits = await SearchAsync("oil");

        Assert.Equal(OilDeal, hits.Slugs()[0]);
        Assert.Contains(Marotta, hits.Slugs());
        Assert.Contains(SeedFacts.ArticleSlug, hits.Slugs());
        Assert.DoesNotContain(Draft, hits.Slugs());
        var scores = hits.Items().Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.True(s > 0));
    }

    [Theory]
    [InlineData("marot*", new[] { SeedFacts.ArticleSlug, Marotta })]
    [InlineData("\"oil field\"", new[] { SeedFacts.ArticleSlug })]
    [InlineData("oil field", new[] { OilDeal, SeedFacts.ArticleSlug })]
    [InlineData("cafe societe", new[] { FieldNotes })]
    [InlineData("CAFÉ zurich", new[] { FieldNotes })]
    [InlineData("zürich", new[] { FieldNotes })]
    [InlineData("oil OR (deal)", new[] { OilDeal })]
    [InlineData("title:oil", new string[0])]
    [InlineData("NEAR(oil field)", new string[0])]
    [InlineData("nothing-like-this", new string[0])]
    public async Task Search_PrefixPhraseDiacriticsAndLiteralOperators(string q, string[] expected)
    {
        Assert.Equal(expected.Order(), (await SearchAsync(q)).Slugs().Order());
    }

    [Fact]
    public async Task Snippet_EscapesTheBodyAndMarksOnlyTheMatches()
    {
        var hit = (await SearchAsync("price")).Items().Single();

        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>price</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain('<', snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QOnArticles_FiltersAndKeepsTheListOrderUnlessRelevanceAsked()
    {
        var byDate = await (await _client.GetAsync("/api/v1/articles?q=oil")).ReadJsonAsync();
        var byRelevance = await (await _client.GetAsync("/api/v1/articles?q=oil&sort=relevance&fields=slug,score")).ReadJsonAsync();

        Assert.Equal([Marotta, OilDeal, SeedFacts.ArticleSlug], byDate.Slugs());
        Assert.True(byDate.Items()[0].TryGetProperty("snippet", out _));
        Assert.Equal(OilDeal, byRelevance.Slugs()[0]);
        Assert.Equal(["slug", "score"], byRelevance.Items()[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Search_TakesFiltersAndCursorPagingByRelevance()
    {
        var all = (await SearchAsync("oil")).Slugs();

        Assert.Equal(all, await _client.WalkCursorsAsync("/api/v1/search?q=oil", 1));
        Assert.Equal([OilDeal, Marotta], (await SearchAsync("oil", "&author=writer-a")).Slugs());
        var authorsList = await (await _client.GetAsync("/api/v1/authors/writer-a/articles?q=oil&sort=relevance")).ReadJsonAsync();
        Assert.Equal([OilDeal, Marotta], authorsList.Slugs());
    }

    [Fact]
    public async Task Index_FollowsTheSeedImport_InTheSameTransaction()
    {
        using var own = new ContentApiFactory();
        var client = own.CreateClient();
        var page = """
            Desalination plant opens on the gulf coast

            The new desalination plant will supply water to Qatif and Dammam.

            Source: Example Wire
            """;

        Assert.Equal([SeedFacts.ArticleSlug], (await (await client.GetAsync("/api/v1/search?q=marot*")).ReadJsonAsync()).Slugs());
        for (var i = 0; i < 2; i++)
        {
            await using var scope = own.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync([new SeedDocument("plant.txt", page)], CancellationToken.None);
        }

        var hits = await (await client.GetAsync("/api/v1/search?q=desalination")).ReadJsonAsync();
        Assert.Equal(["desalination-plant-opens-on-the-gulf-coast"], hits.Slugs());
        Assert.Contains("<mark>desalination</mark>", hits.Items()[0].GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Index_EmptyAtStartWithArticlesPresent_IsRebuilt()
    {
        using var first = new ContentApiFactory();
        await first.CreateClient().GetAsync("/api/v1/site");
        await first.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, TestDatabase.EmptySearchIndexSql));
        using var restarted = first.Restart();

        var hits = await (await restarted.CreateClient().GetAsync("/api/v1/search?q=marot*")).ReadJsonAsync();

        Assert.Equal([SeedFacts.ArticleSlug], hits.Slugs());
    }

    [Fact]
    public async Task Index_Rebuilt_HoldsOnlyArticlesThatCanBeListed()
    {
        using var first = new ContentApiFactory();
        await first.CreateClient().GetAsync("/api/v1/site");
        // Written straight to the table, so only the rebuild can put them in the index.
        await first.InsertAsync(
            Sandpiper("sandpiper-draft", ArticleStatus.Draft), Sandpiper("sandpiper-archived", ArticleStatus.Archived),
            Sandpiper("sandpiper-deleted", ArticleStatus.Published, deleted: true), Sandpiper("sandpiper-published", ArticleStatus.Published));
        await first.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, TestDatabase.EmptySearchIndexSql));
        using var restarted = first.Restart();

        var hits = await (await restarted.CreateClient().GetAsync("/api/v1/search?q=sandpiper")).ReadJsonAsync();

        Assert.Equal(["sandpiper-published"], hits.Slugs());
    }

    private static Article Sandpiper(string slug, ArticleStatus status, bool deleted = false) => new()
    {
        Slug = slug, Title = "Sandpiper count", BodyText = "Sandpipers were counted on the shore.", Status = status,
        PublishedAt = DateTime.UtcNow.AddDays(-1), DeletedAt = deleted ? DateTime.UtcNow : null,
    };
}
