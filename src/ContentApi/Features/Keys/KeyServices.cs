namespace ContentApi.Features.Keys;

public static class KeyServices
{
    public static IServiceCollection AddKeys(this IServiceCollection services) =>
        services.AddScoped<ApiKeyStore>();
}
