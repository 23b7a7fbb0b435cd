using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>
/// Records the items that enter the public view by time alone (a scheduled article at its moment),
/// so the feed and webhooks announce them with no write at that moment. It sleeps until the next
/// such moment (or a write, which may bring one nearer), and resumes from its checkpoint after a
/// restart, so a moment passed while the app was down is still announced.
/// </summary>
public sealed class ComingDueWorker(IServiceScopeFactory scopes, ChangeSignal signal, TimeProvider clock, ILogger<ComingDueWorker> logger)
    : WakingWorker(signal, logger)
{
    public const string WorkerName = "coming-due";
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestUnsaved = TimeSpan.FromHours(1);
    private DateTime? _until;

    public override string Name => WorkerName;

    protected override async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        var next = await RunOnceAsync(cancellationToken);
        var sleep = next is { } due ? due - clock.GetUtcNow().UtcDateTime : LongestSleep;
        return sleep > LongestSleep ? LongestSleep : sleep;
    }

    /// <summary>Records what came due since the last run; returns the next moment something comes due.</summary>
    public Task<DateTime?> RunOnceAsync(CancellationToken cancellationToken) => AloneAsync<DateTime?>(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ContentDbContext>();
            var sources = services.GetServices<IChangeSource>().ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var saved = await db.Set<WorkerCheckpoint>().Where(c => c.Worker == WorkerName).Select(c => c.Until).FirstOrDefaultAsync(cancellationToken) ?? now;
            var from = _until ?? saved;
            var due = new List<WriteRecord>();
            foreach (var source in sources)
            {
                var ids = await source.ComingDueAsync(from, now, cancellationToken);
                due.AddRange(ids.Select(id => new WriteRecord(source.Type, id, WriteKind.ComingDue, null, Actor.System)));
            }
            if (due.Count > 0)
            {
                var pipeline = services.GetRequiredService<WritePipeline>();
                await using var write = await pipeline.BeginAsync(cancellationToken);
                await db.Set<WorkerCheckpoint>().Where(c => c.Worker == WorkerName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Until, now), cancellationToken);
                if (await pipeline.CommitAsync(write, () => due, cancellationToken) is { } failed)
                {
                    throw new InvalidOperationException($"Recording {due.Count} item(s) that came due failed: {failed.ProblemDetails.Detail}");
                }
            }
            else if (now - saved > LongestUnsaved)
            {
                // A restart rescans from the saved moment: keep that range short.
                await WorkerCheckpoints.SaveAsync(services, WorkerName, 0, now, cancellationToken);
            }
            _until = now;
            var next = new List<DateTime>();
            foreach (var source in sources)
            {
                if (await source.NextDueAsync(now, cancellationToken) is { } at)
                {
                    next.Add(at);
                }
            }
            return next.Count == 0 ? null : next.Min();
        }, cancellationToken);
}
