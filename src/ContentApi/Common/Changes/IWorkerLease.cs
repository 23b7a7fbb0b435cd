namespace ContentApi.Common.Changes;

/// <summary>
/// Which instance runs a background worker. Each worker works from checkpoints in the shared
/// database, so two instances running the same one would do its work twice (a coming-due article
/// recorded twice, a webhook sent twice). One process holds every lease; several instances take
/// them in Redis (<see cref="SharedState.RedisWorkerLease"/>).
/// </summary>
public interface IWorkerLease
{
    /// <summary>True if this instance holds (took or renewed) the worker's lease now and may run a pass.</summary>
    Task<bool> HoldAsync(string worker, CancellationToken cancellationToken);
}

public sealed class OneProcessLease : IWorkerLease
{
    public Task<bool> HoldAsync(string worker, CancellationToken cancellationToken) => Task.FromResult(true);
}
