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
    /// <c>Related:RebuildOnStart</c> is true. In a new database the index is empty and the articles are
    /// the seeds' (published, so all indexable): nothing to ask, nor to delete first.
    /// </summary>
    public static async Task PrepareRelatedIndexAsync(this IServiceProvider services, StartupDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var always = services.GetRequiredService<IConfiguration>().GetValue<bool>(RebuildOnStartKey);
        if (database.IsNew)
        {
            if (always || database.SeededArticles)
            {
                await services.GetRequiredService<RelatedIndexRebuild>().RunAsync(null, emptyIndex: true, cancellationToken);
            }
            return;
        }
        var db = services.GetRequiredService<ContentDbContext>();
        var rebuild = always
            || (!await db.Set<IndexedArticle>().AnyAsync(cancellationToken)
                && await db.Articles.AnyAsync(RelatedIndexing.IsIndexable, cancellationToken));
        if (rebuild)
        {
            await services.GetRequiredService<IRelatedIndex>().RebuildAsync(cancellationToken: cancellationToken);
        }
    }
}
