using ContentApi.Common.Writes;

namespace ContentApi.Common.Changes;

/// <summary>
/// Wakes the background workers when a write commits, so they do not have to poll often, and
/// tells a worker whether this instance runs it (<see cref="IWorkerLease"/>).
/// </summary>
public sealed class ChangeSignal(IWorkerLease lease) : IAfterCommit
{
    /// <summary>How long a worker another instance runs waits before asking again (or until a write here).</summary>
    public static readonly TimeSpan Standby = TimeSpan.FromSeconds(15);

    private readonly List<SemaphoreSlim> _waiters = [];

    public int Order => 100;

    /// <summary>A wait that returns when a write commits or the timeout passes, whichever comes first.</summary>
    public Func<TimeSpan, CancellationToken, Task> Subscribe()
    {
        var waiter = new SemaphoreSlim(0, 1);
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }
        return (timeout, cancellationToken) => waiter.WaitAsync(timeout, cancellationToken);
    }

    public Task<bool> MayRunAsync(string worker, CancellationToken cancellationToken) => lease.HoldAsync(worker, cancellationToken);

    public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        Pulse();
        return Task.CompletedTask;
    }

    public void Pulse()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.CurrentCount == 0))
            {
                waiter.Release();
            }
        }
    }
}
