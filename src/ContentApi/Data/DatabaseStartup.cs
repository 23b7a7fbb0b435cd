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
    /// <summary>Creates a new database's schema at once or applies migrations, prepares the search index, imports the seed documents into an empty database, seeds the bootstrap key, builds the related index if it is empty, then refreshes the planner statistics; one instance at a time (the provider's start-up lock).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ContentDbContext>();

        var provider = services.GetRequiredService<IDatabaseProvider>();
        await using var startupLock = await provider.LockStartupAsync(db, cancellationToken);
        await provider.PrepareAsync(db, cancellationToken);
        if (!await provider.TryCreateNewAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await services.GetRequiredService<ISearchIndex>().PrepareAsync(cancellationToken);
        await services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(cancellationToken);
        await services.SeedBootstrapKeyAsync(cancellationToken);
        await services.PrepareRelatedIndexAsync(cancellationToken);
        await services.PrepareChangeRecordsAsync(cancellationToken);
        await ArticleCountRebuild.RebuildIfNeverCountedAsync(db, cancellationToken);
        await provider.OptimizeAsync(db, cancellationToken);
    }
}
