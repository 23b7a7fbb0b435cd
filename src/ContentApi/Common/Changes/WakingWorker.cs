using ContentApi.Common.Writes;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>
/// The loop the background workers share: a pass, then sleep until a write commits or the pass's
/// own timeout; a failed pass is logged and retried from the worker's checkpoint. One pass at a
/// time, whether the loop or a caller (tests, the benchmark) runs it.
/// </summary>
public abstract class WakingWorker(ChangeSignal signal, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _running = new(1, 1);

    public abstract string Name { get; }

    /// <summary>One pass of the worker's job; returns how long to sleep if no write wakes it sooner.</summary>
    protected abstract Task<TimeSpan> PassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = signal.Subscribe();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sleep = await signal.MayRunAsync(Name, stoppingToken) ? await PassAsync(stoppingToken) : ChangeSignal.Standby;
                await wait(sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or WriteQueueFullException or System.Data.Common.DbException)
            {
                logger.LogError(exception, "{Worker} failed; it retries from its checkpoint.", Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    /// <summary>Runs work alone: never two passes of one worker at once.</summary>
    protected async Task<T> AloneAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _running.Release();
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
