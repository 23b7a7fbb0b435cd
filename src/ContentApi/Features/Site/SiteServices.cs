using ContentApi.Common.Caching;
using ContentApi.Common.Changes;
using ContentApi.Common.Writes;

namespace ContentApi.Features.Site;

public static class SiteServices
{
    /// <summary>The write spec, the change source and the cached identity article pages are computed from.</summary>
    public static IServiceCollection AddSite(this IServiceCollection services) =>
        services.AddScoped<SiteSpec>().AddScoped<IChangeSource, SiteChanges>()
            .AddSingleton<SiteIdentityCache>().AddSingleton<IAfterCommit>(sp => sp.GetRequiredService<SiteIdentityCache>())
            .AddSingleton<IAfterReplay>(sp => sp.GetRequiredService<SiteIdentityCache>());
}
