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

    /// <summary>Creates a new database's schema at once or applies migrations, prepares the search index, imports the seed documents into an empty database, seeds the bootstrap key, builds the related index if it is empty (beside the change records and counts), then refreshes the planner statistics; one instance at a time (the provider's start-up lock).</summary>
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
        if (!await provider.TryCreateNewAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        phases.Done("schema");
        await services.GetRequiredService<ISearchIndex>().PrepareAsync(cancellationToken);
        phases.Done("search index");
        var seeded = await services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(cancellationToken) is not null;
        phases.Done("seeds");
        await services.SeedBootstrapKeyAsync(cancellationToken);
        phases.Done("bootstrap key");
        var related = () => phases.BesideAsync("related index", () => PrepareRelatedIndexAsync(app.Services, cancellationToken));
        var changes = () => PrepareChangesAndCountsAsync(services, db, phases, cancellationToken);
        if (seeded)
        {
            // Over just-seeded content both are first-use work (EF compiling their statements) and write
            // different tables: on the two cores, at once. Not over a large database, where a rebuild
            // holds SQLite's write lock longer than the change records would wait for it.
            await Task.WhenAll(Task.Run(related, cancellationToken), changes());
        }
        else
        {
            await related();
            await changes();
        }
        phases.Done("related index, change records and counts");
        await provider.OptimizeAsync(db, cancellationToken);
        phases.Done("statistics");
        phases.Log(app.Lifetime);
    }

    /// <summary>In a scope of its own, so its context is not the one the change records use meanwhile.</summary>
    private static async Task PrepareRelatedIndexAsync(IServiceProvider root, CancellationToken cancellationToken)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database.SetCommandTimeout(StartupCommandTimeout);
        await scope.ServiceProvider.PrepareRelatedIndexAsync(cancellationToken);
    }

    private static async Task PrepareChangesAndCountsAsync(IServiceProvider services, ContentDbContext db, StartupPhases phases, CancellationToken cancellationToken)
    {
        await phases.BesideAsync("change records", () => services.PrepareChangeRecordsAsync(cancellationToken));
        await phases.BesideAsync("counts", () => ArticleCountRebuild.RebuildIfNeverCountedAsync(db, cancellationToken));
    }
}
