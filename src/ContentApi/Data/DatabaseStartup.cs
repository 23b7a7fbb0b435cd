using ContentApi.Common.Changes;
using ContentApi.Features.Articles.Counting;
using ContentApi.Search;
using ContentApi.Related;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, prepares the search index, imports the seed documents into an empty database, builds the related index if it is empty, then refreshes the planner statistics.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ContentDbContext>();

        await services.GetRequiredService<IDatabaseProvider>().PrepareAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<ISearchIndex>().PrepareAsync(cancellationToken);
        await services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(cancellationToken);
        await services.PrepareRelatedIndexAsync(cancellationToken);
        await services.PrepareChangeRecordsAsync(cancellationToken);
        await ArticleCountRebuild.RebuildIfNeverCountedAsync(db, cancellationToken);
        await services.GetRequiredService<IDatabaseProvider>().OptimizeAsync(db, cancellationToken);
    }
}
