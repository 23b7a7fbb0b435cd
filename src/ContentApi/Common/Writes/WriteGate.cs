namespace ContentApi.Common.Writes;

/// <summary>
/// Writers queue here, inside the app, rather than in the database's lock: SQLite has one writer at
/// a time and answers "database is locked" after its busy timeout. A writer that cannot get in within
/// Writes:QueueTimeoutSeconds is answered 503 with Retry-After (see <see cref="WriteQueueFullException"/>).
/// </summary>
public sealed class WriteGate(IConfiguration configuration) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, configuration.GetValue("Writes:Concurrency", 1)));

    public TimeSpan QueueTimeout { get; } = TimeSpan.FromSeconds(configuration.GetValue("Writes:QueueTimeoutSeconds", 10.0));

    /// <summary>Waits for a slot; the returned lease gives it back once.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _slots.WaitAsync(QueueTimeout, cancellationToken))
        {
            throw new WriteQueueFullException(QueueTimeout);
        }
        return new Lease(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}

/// <summary>Too many writers waited too long: a 503 with Retry-After, never a 500.</summary>
public sealed class WriteQueueFullException(TimeSpan waited)
    : Exception($"Other writes kept the write queue busy for {waited.TotalSeconds:0.#} s; nothing was written. Retry after a moment.")
{
    public int RetryAfterSeconds => 1;
}
