using ContentApi.Features.Articles;
using ContentApi.Seeding;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Data;

public sealed class SeedingTests
{
    [Fact]
    public async Task Start_EmptyDatabase_ImportsTheSeedPage()
    {
        using var factory = new ContentApiFactory();

        var counts = await CountsAsync(factory);

        Assert.Equal((7, 3, 1, 6), counts);
    }

    [Fact]
    public async Task SecondStart_SameDatabase_ImportsNothingTwice()
    {
        using var first = new ContentApiFactory();
        var before = await CountsAsync(first);
        using var second = first.Restart();

        var after = await CountsAsync(second);

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Import_SameDocumentAgain_AddsNothing()
    {
        using var factory = new ContentApiFactory();
        await CountsAsync(factory);

        var report = await ImportAsync(factory, new SeedDocument("again.txt", SeedFacts.SeedText));

        Assert.Equal((0, 0, 0), (report.ArticlesAdded, report.AuthorsAdded, report.FormsAdded));
        Assert.Equal((7, 3, 1, 6), await CountsAsync(factory));
    }

    [Fact]
    public async Task Import_PageOfAnEarlierTeaser_FillsThatArticleIn()
    {
        using var factory = new ContentApiFactory();
        await CountsAsync(factory);
        var page = """
            Internal and Regional implications of the PKK’s demise

            Since 1978, Kurdistan Workers Party (PKK) under its leader Abdullah Ocalan had been operating in Turkey.

            Source: Example Wire
            """;

        var report = await ImportAsync(factory, new SeedDocument("pkk.txt", page));

        Assert.Equal(0, report.ArticlesAdded);
        var article = await factory.ExecuteDbContextAsync(db => db.Articles.SingleAsync(a => a.Slug == "internal-and-regional-implications-of-the-pkks-demise"));
        Assert.EndsWith("operating in Turkey.", article.BodyText);
        Assert.EndsWith("had been operating in…", article.Excerpt);
        Assert.Equal("Example Wire", article.SourceName);
        Assert.Equal(new DateTime(2025, 7, 18, 0, 0, 0, DateTimeKind.Utc), article.PublishedAt);
    }

    [Fact]
    public async Task Import_LinesItCannotPlace_AreReportedWithTheDocumentName()
    {
        using var factory = new ContentApiFactory();
        await CountsAsync(factory);
        var page = SeedFacts.SeedText.Replace("- by Ahsan Ali on 22/07/2025", "- by Ahsan Ali on 31/02/2025", StringComparison.Ordinal);

        var report = await ImportAsync(factory, new SeedDocument("odd.txt", page));

        Assert.Contains(report.Unplaced, line => line.StartsWith("odd.txt: ", StringComparison.Ordinal) && line.Contains("31/02/2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_NoSeedsFolder_StartsEmpty()
    {
        using var factory = new SeedlessFactory();

        Assert.Equal((0, 0, 0, 0), await CountsAsync(factory));
    }

    [SqliteFact]
    public async Task Start_Sqlite_UsesWriteAheadLogging()
    {
        using var factory = new ContentApiFactory();

        var mode = await factory.ExecuteDbContextAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(mode));
    }

    private static Task<(int Articles, int Authors, int Forms, int RelatedLinks)> CountsAsync(ContentApiFactory factory) =>
        factory.ExecuteDbContextAsync(async db => (
            await db.Articles.CountAsync(),
            await db.Authors.CountAsync(),
            await db.DonationForms.CountAsync(),
            await db.Set<RelatedLink>().CountAsync()));

    private static async Task<SeedReport> ImportAsync(ContentApiFactory factory, SeedDocument document)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync([document], CancellationToken.None);
    }

    private sealed class SeedlessFactory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
            [("Seeds:Path", Path.Combine(Path.GetTempPath(), $"no-seeds-{Guid.NewGuid():N}"))];
    }
}
