using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

public static class WorkerCheckpoints
{
    /// <summary>Saves a worker's position in a small write of its own, queued with the other writers.</summary>
    public static async Task SaveAsync(IServiceProvider services, string worker, long seq, DateTime? until, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentDbContext>();
        using var lease = await services.GetRequiredService<WriteGate>().EnterAsync(cancellationToken);
        var updated = await db.Set<WorkerCheckpoint>().Where(c => c.Worker == worker)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Seq, seq).SetProperty(c => c.Until, until), cancellationToken);
        if (updated == 0)
        {
            db.Add(new WorkerCheckpoint { Worker = worker, Seq = seq, Until = until });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Moves a worker's position forward to <paramref name="seq"/> (never back): after a full rebuild that covers those records.</summary>
    public static async Task AdvanceAsync(IServiceProvider services, string worker, long seq, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentDbContext>();
        var current = await db.Set<WorkerCheckpoint>().Where(c => c.Worker == worker).Select(c => (long?)c.Seq).FirstOrDefaultAsync(cancellationToken);
        if (current is null || current < seq)
        {
            await SaveAsync(services, worker, seq, null, cancellationToken);
        }
    }

    /// <summary>
    /// At start-up: a worker seen for the first time starts at the newest record, since what came
    /// before it (a backfill, an older database) is covered by the start-up builds; the coming-due
    /// worker starts from now, as the backfill recorded the public view as it is. The saved names are read
    /// once and the new ones added in one write (start-up holds its lock; no worker runs yet), so start-up
    /// compiles one query here rather than three; <paramref name="noneSaved"/> (a new database) spares that one.
    /// </summary>
    public static async Task StartNewWorkersAsync(IServiceProvider services, IEnumerable<string> workers, DateTime now, bool noneSaved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var db = services.GetRequiredService<ContentDbContext>();
        var newest = await db.Set<ChangeRecord>().MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var saved = noneSaved ? [] : await db.Set<WorkerCheckpoint>().Select(c => c.Worker).ToListAsync(cancellationToken);
        var added = workers.Distinct(StringComparer.Ordinal).Except(saved, StringComparer.Ordinal)
            .Select(worker => new WorkerCheckpoint { Worker = worker, Seq = newest, Until = now }).ToList();
        if (added.Count == 0)
        {
            return;
        }
        using var lease = await services.GetRequiredService<WriteGate>().EnterAsync(cancellationToken);
        db.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
