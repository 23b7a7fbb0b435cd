using ContentApi.Common.Changes;

namespace ContentApi.Features.Tags;

public static class TagServices
{
    /// <summary>The write spec and the change source.</summary>
    public static IServiceCollection AddTags(this IServiceCollection services) =>
        services.AddScoped<TagSpec>().AddScoped<IChangeSource, TagChanges>();
}
