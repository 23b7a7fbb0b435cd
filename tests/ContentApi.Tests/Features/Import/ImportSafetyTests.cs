using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Import;

/// <summary>Dry runs, broken files and crashes: never a half-imported site without saying so.</summary>
public sealed class ImportSafetyTests
{
    [Fact]
    public async Task DryRun_ReportsWhatItWouldDo_AndWritesNothing()
    {
        using var factory = new ContentApiFactory();
        var before = await ArticleCountAsync(factory);

        var report = await factory.ImportAsync(ImportFiles.GiveWp, dryRun: true);

        Assert.Equal(4, report.Imported["articles"]);
        Assert.Equal(before, await ArticleCountAsync(factory));
        Assert.Equal(0, await factory.ExecuteDbContextAsync(db => db.Set<ContentApi.Features.Import.WordPressOrigin>().CountAsync()));
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.98)]
    public async Task TruncatedFile_IsAnErrorAndNothingIsWritten(double keep)
    {
        using var factory = new ContentApiFactory();
        var text = await File.ReadAllTextAsync(ImportFiles.GiveWp);
        using var truncated = ImportFiles.Write(text[..(int)(text.Length * keep)]);
        var before = await ArticleCountAsync(factory);

        var report = await factory.ImportAsync(truncated.Path);

        Assert.False(report.Succeeded);
        Assert.Contains("Nothing was imported", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync(factory));
    }

    [Fact]
    public async Task CrashMidway_ResumesWithoutDuplicates()
    {
        using var factory = new BatchOfOne();
        var before = await ArticleCountAsync(factory);

        // Two forms, then the first post commit; the "crash" comes after that third batch.
        var crashed = await factory.ImportAsync(ImportFiles.GiveWp, progress: new SilentProgress(done =>
        {
            if (done == 3)
            {
                throw new IOException("simulated crash");
            }
        }));
        Assert.Contains("simulated crash", Assert.Single(crashed.Errors), StringComparison.Ordinal);
        Assert.Equal(before + 1, await ArticleCountAsync(factory));

        var resumed = await factory.ImportAsync(ImportFiles.GiveWp);

        Assert.True(resumed.Succeeded);
        Assert.Equal((1, 3), (resumed.Unchanged["articles"], resumed.Imported["articles"]));
        Assert.Equal(before + 4, await ArticleCountAsync(factory));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/v1/articles/rockets-hit-a-base-2")).StatusCode);
    }

    [Fact]
    public async Task FrontEndUrlPattern_IsWhereOldLinksGo()
    {
        using var factory = new WithFrontEnd();
        await factory.ImportAsync(ImportFiles.GiveWp);

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/?p=201");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("https://theliberum.example/news/rockets-hit-a-base", response.Headers.Location?.OriginalString);
    }

    private static Task<int> ArticleCountAsync(ContentApiFactory factory)
    {
        _ = factory.Server;
        return factory.ExecuteDbContextAsync(db => db.Set<Article>().CountAsync());
    }

    private sealed class BatchOfOne : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Import:BatchSize", "1")];
    }

    private sealed class WithFrontEnd : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Import:FrontEndUrlPattern", "https://theliberum.example/news/{slug}")];
    }
}
