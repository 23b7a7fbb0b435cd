namespace ContentApi.Common.RateLimiting;

public static class RateLimitingSetup
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<FixedWindowCounters>();
        return services;
    }

    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app) =>
        app.UseMiddleware<RateLimitMiddleware>();
}
