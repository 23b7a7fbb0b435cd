using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Related;

/// <summary>The app over an empty database: no seed page, so a test's corpus is all there is.</summary>
public sealed class EmptyContentApiFactory : ContentApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Seeds:Path", Path.Combine(Path.GetTempPath(), $"no-seeds-{Guid.NewGuid():N}"))];
}

/// <summary>Drives the related index the way the write path will: through IRelatedIndex, in a scope of its own.</summary>
public static class RelatedIndexTesting
{
    public static Task InsertCorpusAsync(this ContentApiFactory factory, TopicCorpus corpus) =>
        factory.InsertAsync(corpus.Articles.Select(a => (object)a.Article).ToArray());

    public static Task<RelatedRebuildReport> RebuildRelatedAsync(this ContentApiFactory factory) =>
        factory.WithIndexAsync(index => index.RebuildAsync());

    public static Task UpdateRelatedAsync(this ContentApiFactory factory, int articleId) =>
        factory.WithIndexAsync(async index => { await index.UpdateAsync(articleId); return true; });

    public static Task RemoveRelatedAsync(this ContentApiFactory factory, int articleId) =>
        factory.WithIndexAsync(async index => { await index.RemoveAsync(articleId); return true; });

    public static async Task<RelatedArticles> ReadRelatedAsync(this ContentApiFactory factory, int articleId, int limit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelatedListReader>().ReadAsync(articleId, limit, CancellationToken.None);
    }

    /// <summary>Every stored list row, in a stable order, for comparing two states of the index.</summary>
    public static Task<List<RelatedScore>> StoredListsAsync(this ContentApiFactory factory) =>
        factory.ExecuteDbContextAsync(db => db.Set<RelatedScore>().AsNoTracking().OrderBy(s => s.ArticleId).ThenBy(s => s.Rank).ToListAsync());

    public static Task<List<T>> RowsAsync<T>(this ContentApiFactory factory, Func<IQueryable<T>, IQueryable<T>> order) where T : class =>
        factory.ExecuteDbContextAsync(db => order(db.Set<T>().AsNoTracking()).ToListAsync());

    public static async Task<T> WithIndexAsync<T>(this ContentApiFactory factory, Func<IRelatedIndex, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IRelatedIndex>());
    }

    public static Task<T> WithDbAsync<T>(this ContentApiFactory factory, Func<ContentDbContext, Task<T>> action) =>
        factory.ExecuteDbContextAsync(action);
}
