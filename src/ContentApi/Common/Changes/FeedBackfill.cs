using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>
/// At start-up, before any request: every live item the feed has never announced (a fresh seeded
/// database, a database from before the feed, items imported in bulk) gets its upsert, so a client
/// syncing from the start receives the whole site.
/// </summary>
public static class FeedBackfill
{
    private const int Batch = 1000;

    public static async Task RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentDbContext>();
        var recorder = services.GetRequiredService<ChangeRecorder>();
        foreach (var source in services.GetServices<IChangeSource>())
        {
            while (true)
            {
                var type = source.Type;
                var ids = await source.LiveIds.Where(id => !db.Set<FeedEntry>().Any(e => e.Type == type && e.EntityId == id))
                    .OrderBy(id => id).Take(Batch).ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    break;
                }
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await recorder.RecordAsync(source, ids, ids.ToHashSet(), clock.GetUtcNow().UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
