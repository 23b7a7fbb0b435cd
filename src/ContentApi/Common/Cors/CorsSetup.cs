namespace ContentApi.Common.Cors;

public static class CorsSetup
{
    public static IServiceCollection AddContentCors(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<CorsOptions>(configuration.GetSection(CorsOptions.Section));

    /// <summary>After routing, before rate limiting and keys (see <see cref="CorsMiddleware"/>).</summary>
    public static IApplicationBuilder UseContentCors(this IApplicationBuilder app) =>
        app.UseMiddleware<CorsMiddleware>();
}
