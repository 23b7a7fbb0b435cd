namespace ContentApi.Common.Writes;

/// <summary>
/// Runs the after-commit work in order, with no request token (a client that gives up must not
/// cancel an eviction) and no exception escaping: what fails is logged, and the work it stood for
/// is repaired from the change records by the workers or bounded by the cache's lifetime. Scoped
/// with the write, so a step can read what the write's participants recorded (the change records).
/// </summary>
public sealed class AfterCommitRunner(IEnumerable<IAfterCommit> work, ILogger<AfterCommitRunner> logger)
{
    private readonly IAfterCommit[] _work = work.OrderBy(w => w.Order).ToArray();

    public async Task RunAsync(IReadOnlyList<WriteRecord> writes)
    {
        foreach (var step in _work)
        {
            try
            {
                await step.OnCommittedAsync(writes, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "After-commit step {Step} failed for {Count} committed write(s); the write stands.", step.GetType().Name, writes.Count);
            }
        }
    }
}
