using ContentApi.Common.Changes;

namespace ContentApi.Features.Site;

public static class SiteServices
{
    /// <summary>The write spec and the change source.</summary>
    public static IServiceCollection AddSite(this IServiceCollection services) =>
        services.AddScoped<SiteSpec>().AddScoped<IChangeSource, SiteChanges>();
}
