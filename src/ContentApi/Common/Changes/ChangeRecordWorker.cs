using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>
/// A background worker driven by the committed change records: it handles them in order, in
/// batches, and keeps its checkpoint in the database, so after a restart or a kill -9 it resumes
/// from the last batch it finished (handling is idempotent: a batch may be seen twice, never skipped).
/// </summary>
public abstract class ChangeRecordWorker(IServiceScopeFactory scopes, ChangeSignal signal, ILogger logger) : WakingWorker(signal, logger)
{

    protected virtual int BatchSize => 200;

    protected abstract Task HandleAsync(IServiceProvider services, IReadOnlyList<ChangeRecord> records, CancellationToken cancellationToken);

    /// <summary>Handles every record committed so far; tests and the benchmark call it to wait for the worker.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (await RunOnceAsync(cancellationToken))
        {
        }
    }

    protected override async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        return TimeSpan.FromSeconds(5);
    }

    private Task<bool> RunOnceAsync(CancellationToken cancellationToken) => AloneAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var from = await db.Set<WorkerCheckpoint>().Where(c => c.Worker == Name).Select(c => (long?)c.Seq).FirstOrDefaultAsync(cancellationToken) ?? 0;
            var records = await db.Set<ChangeRecord>().AsNoTracking().Where(c => c.Seq > from).OrderBy(c => c.Seq).Take(BatchSize).ToListAsync(cancellationToken);
            if (records.Count == 0)
            {
                return false;
            }
            await HandleAsync(scope.ServiceProvider, records, cancellationToken);
            await WorkerCheckpoints.SaveAsync(scope.ServiceProvider, Name, records[^1].Seq, null, cancellationToken);
            return true;
        }, cancellationToken);
}
