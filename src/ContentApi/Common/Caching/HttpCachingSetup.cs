using ContentApi.Common.Writes;
using ContentApi.Common.Http;
using Microsoft.AspNetCore.ResponseCompression;

namespace ContentApi.Common.Caching;

public static class HttpCachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HttpCachingOptions>(configuration.GetSection(HttpCachingOptions.Section));
        services.AddContentMemory<PublicationSchedule>();
        services.AddSingleton<CacheEvictor>();
        services.AddScoped<IAfterCommit, OutputCacheEviction>();
        services.AddSingleton<DeliveryCachePolicy>();
        // The default policy is left out: it refuses authenticated requests, which the policy keys by scope instead.
        services.AddOutputCache(options =>
            options.AddPolicy(DeliveryCachePolicy.Name, policy => policy.AddPolicy<DeliveryCachePolicy>(), excludeDefaultPolicy: true));
        services.AddResponseCompression();
        services.AddSingleton<IResponseCompressionProvider, ContentCompressionProvider>();
        return services;
    }

    /// <summary>The output cache, then compression inside it, so the cache keeps compressed bytes. Cache-Control: <see cref="StatusCacheControl"/>.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) =>
        app.UseOutputCache().UseResponseCompression();

    /// <summary>ETag/304, Cache-Control and output caching for a group of delivery GET endpoints.</summary>
    public static TBuilder WithHttpCaching<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter<TBuilder, ConditionalGetFilter>();
        builder.CacheOutput(DeliveryCachePolicy.Name);
        builder.WithMetadata(new HttpCachingMetadata());
        return builder;
    }
}
