using ContentApi.Common.Changes;
using StackExchange.Redis;

namespace ContentApi.Common.SharedState;

/// <summary>
/// A worker's lease in Redis: held by one instance, renewed on each of its passes (at most 30 s
/// apart), taken over by another within <see cref="Lifetime"/> of the holder stopping. While Redis
/// cannot be reached every instance runs its workers (logged): their work is idempotent from the
/// checkpoints, so the cost is doing some twice, not losing any.
/// </summary>
public sealed class RedisWorkerLease(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisWorkerLease> logger) : IWorkerLease
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly LuaScript TakeOrRenew = LuaScript.Prepare("""
        local holder = redis.call('GET', @key)
        if holder == @me then redis.call('PEXPIRE', @key, @ms) return 1 end
        if not holder then redis.call('SET', @key, @me, 'PX', @ms) return 1 end
        return 0
        """);

    private readonly string _me = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<bool> HoldAsync(string worker, CancellationToken cancellationToken)
    {
        try
        {
            var held = await redis.GetDatabase().ScriptEvaluateAsync(TakeOrRenew,
                new { key = keys.For("lease:" + worker), me = _me, ms = (long)Lifetime.TotalMilliseconds });
            return (long)held == 1;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "The lease of worker {Worker} cannot be checked in Redis; running it here meanwhile.", worker);
            return true;
        }
    }
}
