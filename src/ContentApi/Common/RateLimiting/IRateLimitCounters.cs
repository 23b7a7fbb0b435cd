namespace ContentApi.Common.RateLimiting;

/// <summary>
/// Where the per-client request counts live. One process keeps them in memory
/// (<see cref="FixedWindowCounters"/>); instances behind a load balancer need a shared store
/// (<see cref="RedisRateLimitCounters"/>) behind this same interface, so that N instances do not grant N times the limit.
/// </summary>
public interface IRateLimitCounters
{
    /// <summary>Counts one request of <paramref name="client"/> in the fixed window that holds now.</summary>
    ValueTask<RateLimitDecision> AcquireAsync(string client, int limit, int windowSeconds);
}

public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);
