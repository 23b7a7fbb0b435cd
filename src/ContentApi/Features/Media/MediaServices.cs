using ContentApi.Media;

namespace ContentApi.Features.Media;

public static class MediaServices
{
    /// <summary>The media library and image delivery: `Media:*` settings, the file-system store, the variant cache (libvips' settings: <see cref="VipsSettings"/>).</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<MediaRoot>();
        services.AddSingleton<IMediaStore, FileSystemMediaStore>();
        services.AddSingleton<VariantCache>();
        // The scan registers a validator that takes services per request, and building one compiles its rules: one serves the app.
        services.AddSingleton<FluentValidation.IValidator<VariantQuery>, VariantQueryValidator>();
        services.AddOutputCache(options => options.AddPolicy(MediaCachePolicy.Name, policy => policy.AddPolicy<MediaCachePolicy>(), excludeDefaultPolicy: true));
        services.ConfigureSwaggerGen(options => options.OperationFilter<MediaUploadDocumentation>());
        services.AddScoped<MediaVariants>().AddScoped<MediaSpec>().AddScoped<MediaUploads>();
        return services;
    }
}
