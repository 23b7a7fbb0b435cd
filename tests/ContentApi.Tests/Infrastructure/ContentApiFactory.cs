using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using Microsoft.Extensions.Hosting;
using ContentApi.Data;
using ContentApi.Features.Articles.Counting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real app over its own SQLite file, migrated and seeded from seeds/ exactly as on a real
/// start. One factory per test class, so no test class sees another's data.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    public ContentApiFactory() : this(Path.Combine(Path.GetTempPath(), $"contentapi-test-{Guid.NewGuid():N}.db"))
    {
    }

    protected ContentApiFactory(string databasePath) => DatabasePath = databasePath;

    /// <summary>A second app over this one's database file: a restart.</summary>
    public ContentApiFactory Restart() => new RestartedFactory(DatabasePath);

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={DatabasePath}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration for a subclass's scenario.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    /// <summary>
    /// Runs an action on the database, counts the articles again (the write path keeps the counts; this
    /// goes around it), then tells the app's change listeners (cache eviction…) as the write path does
    /// after a commit.
    /// </summary>
    public async Task<T> ExecuteDbContextAsync<T>(Func<ContentDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var result = await action(db);
        db.ChangeTracker.Clear();
        await ArticleCountRebuild.RebuildAsync(db, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AfterCommitRunner>()
            .RunAsync([new WriteRecord("test", 0, WriteKind.Updated, null, Actor.System)]);
        return result;
    }

    /// <summary>Waits until the background workers have handled every committed change (the related lists are fresh).</summary>
    public async Task CatchUpAsync()
    {
        foreach (var worker in Services.GetServices<IHostedService>().OfType<ChangeRecordWorker>())
        {
            await worker.CatchUpAsync(CancellationToken.None);
        }
    }

    public Task ExecuteDbContextAsync(Func<ContentDbContext, Task> action) =>
        ExecuteDbContextAsync(async db => { await action(db); return true; });

    public Task InsertAsync(params object[] entities) =>
        ExecuteDbContextAsync(async db =>
        {
            db.AddRange(entities);
            await db.SaveChangesAsync();
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    private sealed class RestartedFactory(string databasePath) : ContentApiFactory(databasePath);
}
