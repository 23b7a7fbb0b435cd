using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>The `migrate` command, and instances that start together on one new database.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task MigrateCommand_NewDatabase_MigratesSeedsAndExits()
    {
        using var database = TestDatabase.Create();

        var exitCode = await MigrateCommand.RunAsync(["migrate", .. database.Settings.Select(s => $"--{s.Key}={s.Value}")]);

        Assert.Equal(0, exitCode);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(7, await db.Articles.CountAsync());
    }

    [PostgresFact]
    public async Task TwoInstances_StartingAtOnceOnANewDatabase_MigrateAndSeedOnce()
    {
        using var first = new ContentApiFactory();
        using var second = new SecondInstance(first.Database);

        var started = await Task.WhenAll(
            Task.Run(() => first.CreateClient().GetAsync("/health/ready")),
            Task.Run(() => second.CreateClient().GetAsync("/health/ready")));

        Assert.All(started, response => Assert.True(response.IsSuccessStatusCode));
        Assert.Equal((7, 3), await first.ExecuteDbContextAsync(async db => (await db.Articles.CountAsync(), await db.Authors.CountAsync())));
    }

    private sealed class SecondInstance(TestDatabase database) : ContentApiFactory(database, ownsDatabase: false);
}
