using ContentApi.Common.SharedState;
using StackExchange.Redis;

namespace ContentApi.Common.RateLimiting;

/// <summary>
/// The same fixed windows as <see cref="FixedWindowCounters"/>, counted in Redis, so N instances
/// grant a client its limit once, not N times. One round trip per request: a script increments the
/// client's counter of the current window and sets it to expire with the window. Windows are aligned
/// to each instance's clock (keep them in time with NTP). While Redis cannot be reached, each
/// instance counts on its own (logged), rather than refusing or answering with errors.
/// </summary>
public sealed class RedisRateLimitCounters(
    IConnectionMultiplexer redis, RedisKeys keys, FixedWindowCounters local, TimeProvider clock, ILogger<RedisRateLimitCounters> logger) : IRateLimitCounters
{
    private static readonly LuaScript Count = LuaScript.Prepare(
        "local n = redis.call('INCR', @key) if n == 1 then redis.call('EXPIRE', @key, @ttl) end return n");

    public async ValueTask<RateLimitDecision> AcquireAsync(string client, int limit, int windowSeconds)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % windowSeconds);
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(Count,
                new { key = keys.For($"rl:{windowSeconds}:{start}:{client}"), ttl = windowSeconds + 1 });
            var resetSeconds = (int)(start + windowSeconds - now);
            return new RateLimitDecision(count <= limit, limit, (int)Math.Max(0, limit - count), resetSeconds);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Rate-limit counters in Redis cannot be reached; this instance counts on its own meanwhile.");
            return await local.AcquireAsync(client, limit, windowSeconds);
        }
    }
}
