using ContentApi.Common.RateLimiting;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace ContentApi.Common.SharedState;

/// <summary>
/// What several instances behind a load balancer must share. With Cache:Redis set, the output
/// cache (entries and tags, so an eviction on one instance reaches all), the rate-limit counters,
/// the workers' leases and a commit broadcast live in Redis; unset, everything stays in the process.
/// </summary>
public static class SharedStateSetup
{
    public const string RedisKey = "Cache:Redis";
    public const string PrefixKey = "Cache:RedisPrefix";

    public static bool UsesRedis(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[RedisKey]);

    /// <summary>Called after the in-process defaults are registered: these registrations replace them.</summary>
    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        if (!UsesRedis(configuration))
        {
            return services;
        }
        var prefix = configuration[PrefixKey] is { Length: > 0 } configured ? configured : "contentapi:";
        var options = ConfigurationOptions.Parse(configuration[RedisKey]!);
        // Start and keep serving while Redis is away: the multiplexer reconnects on its own, and a
        // command meanwhile fails at once (the callers fall back) instead of queueing for seconds.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // One connection for all of it, closed with the app.
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton(new RedisKeys(prefix));
        services.AddStackExchangeRedisOutputCache(redis => redis.InstanceName = prefix + "oc:");
        services.AddOptions<RedisOutputCacheOptions>().Configure<IConnectionMultiplexer>((redis, connection) =>
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection));
        FailSoftOutputCacheStore.Decorate(services);
        services.AddSingleton<FixedWindowCounters>();
        services.AddSingleton<IRateLimitCounters, RedisRateLimitCounters>();
        services.AddSingleton<Changes.IWorkerLease, RedisWorkerLease>();
        services.AddSingleton<CommitBroadcast>();
        services.AddSingleton<Writes.IAfterCommit>(sp => sp.GetRequiredService<CommitBroadcast>());
        services.AddHostedService(sp => sp.GetRequiredService<CommitBroadcast>());
        return services;
    }
}

/// <summary>Every key this app writes to Redis starts with the prefix, so deployments can share a server.</summary>
public sealed record RedisKeys(string Prefix)
{
    public RedisKey For(string name) => Prefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(Prefix + name);
}
