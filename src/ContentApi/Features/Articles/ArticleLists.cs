using ContentApi.Features.Articles.Querying;

namespace ContentApi.Features.Articles;

public static class ArticleLists
{
    public static IServiceCollection AddArticleLists(this IServiceCollection services) =>
        services.AddScoped<ArticleListing>().AddScoped<ArticleEntries>();
}
