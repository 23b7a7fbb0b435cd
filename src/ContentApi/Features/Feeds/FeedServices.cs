using ContentApi.Features.Sitemaps;

namespace ContentApi.Features.Feeds;

public static class FeedServices
{
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedOptions>(configuration.GetSection(FeedOptions.Section));
        return services.AddScoped<FeedReader>().AddScoped<SitemapReader>();
    }
}
