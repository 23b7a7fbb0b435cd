using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

public static class RelatedServices
{
    public const string RebuildOnStartKey = "Related:RebuildOnStart";

    public static IServiceCollection AddRelatedArticles(this IServiceCollection services) =>
        services.AddScoped<IRelatedIndex, RelatedIndex>()
            .AddScoped<RelatedIndexRebuild>()
            .AddScoped<RelatedListReader>()
            .AddSingleton<RelatedRefreshWorker>()
            .AddHostedService(sp => sp.GetRequiredService<RelatedRefreshWorker>());

    /// <summary>
    /// At start-up, after seeding: builds the index when it holds no article but there are articles
    /// to index (a fresh database, or one from before the index existed), or always when
    /// <c>Related:RebuildOnStart</c> is true.
    /// </summary>
    public static async Task PrepareRelatedIndexAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentDbContext>();
        var rebuild = services.GetRequiredService<IConfiguration>().GetValue<bool>(RebuildOnStartKey)
            || (!await db.Set<IndexedArticle>().AnyAsync(cancellationToken)
                && await db.Articles.AnyAsync(RelatedIndexing.IsIndexable, cancellationToken));
        if (rebuild)
        {
            await services.GetRequiredService<IRelatedIndex>().RebuildAsync(cancellationToken: cancellationToken);
        }
    }
}
