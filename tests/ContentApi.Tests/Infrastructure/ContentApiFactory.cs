using ContentApi.Common.Caching;
using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using Microsoft.Extensions.Hosting;
using ContentApi.Data;
using ContentApi.Features.Articles.Counting;
using ContentApi.Features.Articles.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real app over its own database (a SQLite file, or a PostgreSQL database: see <see cref="TestDatabase"/>),
/// migrated and seeded from seeds/ exactly as on a real start. One factory per test class, so no
/// test class sees another's data.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public ContentApiFactory() : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>An app over a database another factory made (a second instance); that one removes it.</summary>
    protected ContentApiFactory(TestDatabase database, bool ownsDatabase) => (Database, _ownsDatabase) = (database, ownsDatabase);

    /// <summary>A second app over this one's database: a restart. The first factory removes the database.</summary>
    public ContentApiFactory Restart() => new RestartedFactory(Database);

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings.Concat(Settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration for a subclass's scenario.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    /// <summary>
    /// Runs an action on the database, drops the stored article documents and counts the articles again
    /// (the write path keeps both; this goes around it), then tells the app's change listeners as the write path does after a commit.
    /// The write made no change records, so nothing says what it touched: the whole output cache is evicted.
    /// </summary>
    public async Task<T> ExecuteDbContextAsync<T>(Func<ContentDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        T result;
        // Under the write gate, which the article-document worker renders under: it cannot store what this changes.
        using (await scope.ServiceProvider.GetRequiredService<WriteGate>().EnterAsync(CancellationToken.None))
        {
            result = await action(db);
            db.ChangeTracker.Clear();
            // Nothing says which stored answers this made stale: drop them all (read paths render until the worker is asked).
            await db.Set<ArticleDocument>().ExecuteDeleteAsync();
        }
        await ArticleCountRebuild.RebuildAsync(db, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AfterCommitRunner>()
            .RunAsync([new WriteRecord("test", 0, WriteKind.Updated, null, Actor.System)]);
        await Services.GetRequiredService<CacheEvictor>().EvictAllAsync(CancellationToken.None);
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
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
    }

    private sealed class RestartedFactory(TestDatabase database) : ContentApiFactory(database, ownsDatabase: false);
}
