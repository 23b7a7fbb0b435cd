namespace ContentApi.Features.Import;

public static class ImportServices
{
    public static IServiceCollection AddWordPressImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        return services.AddScoped<WordPressImporter>().AddScoped<ImportedItems>().AddScoped<ImportedPosts>().AddScoped<CategoryParents>().AddScoped<Redirects.RedirectTargets>();
    }
}
