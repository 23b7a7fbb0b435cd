using System.Threading.Channels;
using ContentApi.Common.Writes;
using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>
/// With a read replica, an answer evicted at a commit could be cached again at once from a replica
/// that has not replayed the commit yet, and then kept for Caching:OutputCacheSeconds. So each
/// eviction is done again once the replica has replayed the primary's log up to where it was at the
/// eviction. Writes never wait for the replica; evictions that pile up meanwhile are done together.
/// </summary>
public sealed class ReplicaEvictions(
    IReadLag lag, IOutputCacheStore store, IEnumerable<IContentMemory> memories, ILogger<ReplicaEvictions> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private readonly Channel<(ulong Position, IReadOnlyCollection<string> Tags)> _pending =
        Channel.CreateUnbounded<(ulong, IReadOnlyCollection<string>)>(new UnboundedChannelOptions { SingleReader = true });

    public async Task EvictAgainWhenReplayedAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        ulong position;
        try
        {
            position = await lag.PrimaryPositionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // After a commit nothing may fail the request: the answers then live out their cache time.
            logger.LogWarning(exception, "Could not read the primary's log position; answers cached from the replica before it replays this write may stay until they expire.");
            return;
        }
        _pending.Writer.TryWrite((position, tags));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _pending.Reader.WaitToReadAsync(stoppingToken))
        {
            var target = 0UL;
            var tags = new HashSet<string>(StringComparer.Ordinal);
            while (_pending.Reader.TryRead(out var eviction))
            {
                target = Math.Max(target, eviction.Position);
                tags.UnionWith(eviction.Tags);
            }
            await WaitForReplayAsync(target, stoppingToken);
            // What an instance keeps in memory may have been read from the replica before it replayed the write.
            foreach (var memory in memories)
            {
                memory.Forget();
            }
            await CacheEvictor.EvictFromAsync(store, tags, stoppingToken);
        }
    }

    private async Task WaitForReplayAsync(ulong target, CancellationToken stoppingToken)
    {
        var started = DateTime.UtcNow;
        var warned = false;
        while (true)
        {
            try
            {
                if (await lag.ReplayedPositionAsync(stoppingToken) >= target)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not read the replica's replay position; trying again.");
            }
            if (!warned && DateTime.UtcNow - started > TimeSpan.FromSeconds(10))
            {
                warned = true;
                logger.LogWarning("The read replica is more than 10 s behind the primary: delivery reads show older content until it catches up.");
            }
            await Task.Delay(PollInterval, stoppingToken);
        }
    }
}
