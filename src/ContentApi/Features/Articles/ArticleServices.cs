using ContentApi.Common.Changes;
using ContentApi.Features.Articles.Querying;

namespace ContentApi.Features.Articles;

public static class ArticleServices
{
    /// <summary>Lists, the write spec (editor, sanitiser), the related-links spec and the change source.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services) =>
        services.AddScoped<ArticleListing>().AddScoped<ArticleEntries>()
            .AddSingleton<ArticleHtml>()
            .AddScoped<ArticleEditor>().AddScoped<ArticleSpec>().AddScoped<RelatedLinksSpec>()
            .AddScoped<IChangeSource, ArticleChanges>();
}
