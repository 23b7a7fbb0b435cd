using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using ContentApi.Features.Articles.Counting;
using ContentApi.Features.Articles.Documents;
using ContentApi.Features.Articles.Querying;

namespace ContentApi.Features.Articles;

public static class ArticleServices
{
    /// <summary>Lists and their kept counts, the write spec (editor, sanitiser), the related-links spec, the change source and the stored documents.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services) =>
        services.AddScoped<ArticleListing>().AddScoped<ArticleEntries>().AddScoped<ListCounts>().AddScoped<IWriteParticipant, ArticleCounter>()
            .AddContentMemory<ArticleSlugIds>().AddContentMemory<ListSizes>()
            .AddSingleton<ArticleHtml>()
            .AddScoped<ArticleEditor>().AddScoped<ArticleSpec>().AddScoped<RelatedLinksSpec>()
            .AddScoped<IChangeSource, ArticleChanges>()
            .AddScoped<ArticleDocumentRenderer>().AddScoped<IWriteParticipant, ArticleDocumentWriter>()
            .AddSingleton<ArticleDocumentWorker>().AddHostedService(sp => sp.GetRequiredService<ArticleDocumentWorker>());
}
