using ContentApi.Common.Auth;
using ContentApi.Common.Changes;
using ContentApi.Features.Articles.Counting;
using ContentApi.Search;
using ContentApi.Related;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public static class DatabaseStartup
{
    public static readonly TimeSpan StartupCommandTimeout = TimeSpan.FromHours(1);

    /// <summary>Creates a new database's schema at once or applies migrations, prepares the search index, imports the seed documents into an empty database, seeds the bootstrap key, builds the related index if it is empty, then refreshes the planner statistics; one instance at a time (the provider's start-up lock).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ContentDbContext>();
        // Start-up's set statements run as long as they need: filling the search index of 100,000 articles
        // on PostgreSQL took 3-6 minutes, past Npgsql's default of 30 s, and the start failed. The scope's
        // services share this context; a pooled context gets its default back when it is returned.
        db.Database.SetCommandTimeout(StartupCommandTimeout);

        var phases = new StartupPhases(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup)));
        var provider = services.GetRequiredService<IDatabaseProvider>();
        await using var startupLock = await provider.LockStartupAsync(db, cancellationToken);
        phases.Done("lock");
        await provider.PrepareAsync(db, cancellationToken);
        var isNew = await provider.TryCreateNewAsync(db, cancellationToken);
        if (!isNew)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        phases.Done("schema");
        await services.GetRequiredService<ISearchIndex>().PrepareAsync(cancellationToken);
        phases.Done("search index");
        var seeded = await services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(isNew, cancellationToken);
        var database = isNew ? new StartupDatabase(IsNew: true, SeededArticles: seeded?.ArticlesAdded > 0) : StartupDatabase.Existing;
        phases.Done("seeds");
        await services.SeedBootstrapKeyAsync(cancellationToken);
        phases.Done("bootstrap key");
        await services.PrepareRelatedIndexAsync(database, cancellationToken);
        phases.Done("related index");
        await services.PrepareChangeRecordsAsync(database, cancellationToken);
        phases.Done("change records");
        await ArticleCountRebuild.RebuildIfNeverCountedAsync(db, database, cancellationToken);
        phases.Done("counts");
        await provider.OptimizeAsync(db, cancellationToken);
        phases.Done("statistics");
        phases.Log(app.Lifetime);
    }
}
