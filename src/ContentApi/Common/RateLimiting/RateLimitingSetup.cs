namespace ContentApi.Common.RateLimiting;

public static class RateLimitingSetup
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<IRateLimitCounters, FixedWindowCounters>();
        return services;
    }

    /// <summary>After authentication: the limiter counts a verified key by its id, anything else by the caller's address.</summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app) =>
        app.UseMiddleware<RateLimitMiddleware>();
}
