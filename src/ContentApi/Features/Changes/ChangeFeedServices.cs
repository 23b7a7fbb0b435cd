namespace ContentApi.Features.Changes;

public static class ChangeFeedServices
{
    public static IServiceCollection AddChangeFeed(this IServiceCollection services) =>
        services.AddScoped<ChangeFeedReader>();
}
