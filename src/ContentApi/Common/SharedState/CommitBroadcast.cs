using ContentApi.Common.Caching;
using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using StackExchange.Redis;

namespace ContentApi.Common.SharedState;

/// <summary>
/// Tells the other instances that a write committed here, so each forgets what it keeps in memory
/// about the content (<see cref="IContentMemory"/>: e.g. when the next scheduled article is due, as a
/// cached answer must not outlive a moment another instance just brought nearer) and wakes its workers. The output cache itself is
/// shared, so its eviction needs no message.
/// </summary>
public sealed class CommitBroadcast(
    IConnectionMultiplexer redis, RedisKeys keys, IEnumerable<IContentMemory> memories, ChangeSignal signal, ILogger<CommitBroadcast> logger)
    : IAfterCommit, IHostedService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public int Order => int.MaxValue - 1;

    public async Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        if (writes.Count > 0)
        {
            await redis.GetSubscriber().PublishAsync(keys.Channel("committed"), _instance);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(keys.Channel("committed"), (_, from) =>
            {
                if (from != _instance)
                {
                    foreach (var memory in memories)
                    {
                        memory.Forget();
                    }
                    signal.Pulse();
                }
            });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogError(exception, "Could not subscribe to other instances' commits; the scheduled-article moment is re-read only on this instance's writes until a restart.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
