using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;

namespace ContentApi.Common.Writes;

public static class WriteServices
{
    /// <summary>Everything the write path needs: keys and auth, the clock, the HTML sanitiser, the writers.</summary>
    public static IServiceCollection AddContentWrites(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiKeys(configuration);
        services.AddSecurityDocumentation();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleHtml>();
        services.AddScoped<ContentWrites>();
        services.AddScoped<ArticleEditor>().AddScoped<ArticleWriter>();
        services.AddScoped<ItemWrites>();
        services.AddScoped<AuthorSpec>().AddScoped<TagSpec>().AddScoped<DonationFormSpec>().AddScoped<SiteSpec>();
        return services;
    }
}
