using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Related;

/// <summary>
/// Incremental upkeep, provider-neutral (EF Core LINQ only). An update: re-count the article's terms
/// and move the document frequencies by the difference; re-weigh its vector; recompute its list from
/// candidates; then recompute the lists of its <see cref="RelatedTuning.NeighboursRefreshed"/> best
/// candidates (it may now belong in theirs) and of every article that listed it (it may have to leave).
/// </summary>
internal sealed class RelatedIndex(ContentDbContext db, RelatedIndexRebuild rebuild) : IRelatedIndex
{
    private const int ListsPerRefresh = 100;

    public async Task UpdateAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Where(RelatedIndexing.IsIndexable)
            .Select(a => new { a.Title, a.Excerpt, a.BodyText }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            await RemoveAsync(articleId, cancellationToken);
            return;
        }
        await using var transaction = await BeginAsync(cancellationToken);
        var counts = TermCounts.Of(article.Title, article.Excerpt, article.BodyText).Counts;
        var terms = counts.Select(c => c.Key).ToList();
        var before = await IndexedTermsAsync(articleId, cancellationToken);
        var frequencies = new DocumentFrequencies(db);
        await frequencies.ApplyAsync(terms.Except(before ?? []).ToList(), (before ?? []).Except(terms).ToList(), cancellationToken);
        if (before is null)
        {
            await db.InsertAsync([new IndexedArticle { ArticleId = articleId, Terms = string.Join(' ', terms) }], cancellationToken);
        }
        else
        {
            await db.Set<IndexedArticle>().Where(i => i.ArticleId == articleId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Terms, string.Join(' ', terms)), cancellationToken);
        }

        var documents = await db.Set<IndexedArticle>().CountAsync(cancellationToken);
        var df = await frequencies.OfAsync(terms, cancellationToken);
        var vocabulary = new Vocabulary();
        var vector = TermVector.Weigh(counts.Select(c => (vocabulary.IdOf(c.Key), c.Value)), t => df.GetValueOrDefault(vocabulary[t]), documents, vocabulary, RelatedTuning.TermsPerArticle);
        await db.Set<ArticleTerm>().Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.InsertAsync(vector.Terms.Select((t, i) => new ArticleTerm { ArticleId = articleId, Term = vocabulary[t], Weight = vector.Weights[i] }).ToList(), cancellationToken);

        var listers = await ListersAsync(articleId, cancellationToken);
        var refresher = new ListRefresher(db);
        var own = await refresher.RefreshAsync([articleId], cancellationToken);
        var neighbours = own.TryGetValue(articleId, out var ranked)
            ? ranked.Ranked.Take(RelatedTuning.NeighboursRefreshed).Select(c => c.Document.Id)
            : [];
        await RefreshAsync(refresher, listers.Union(neighbours).Where(id => id != articleId), cancellationToken);
        await CommitAsync(transaction, cancellationToken);
    }

    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        if (await IndexedTermsAsync(articleId, cancellationToken) is { } before)
        {
            await new DocumentFrequencies(db).ApplyAsync([], before, cancellationToken);
            await db.Set<IndexedArticle>().Where(i => i.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        }
        await db.Set<ArticleTerm>().Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RelatedScore>().Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await RefreshAsync(new ListRefresher(db), await ListersAsync(articleId, cancellationToken), cancellationToken);
        await CommitAsync(transaction, cancellationToken);
    }

    public Task<RelatedRebuildReport> RebuildAsync(IProgress<RelatedRebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        rebuild.RunAsync(progress, cancellationToken);

    private static async Task RefreshAsync(ListRefresher refresher, IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in articleIds.Distinct().Order().Chunk(ListsPerRefresh))
        {
            await refresher.RefreshAsync(chunk, cancellationToken);
        }
    }

    private async Task<string[]?> IndexedTermsAsync(int articleId, CancellationToken cancellationToken)
    {
        var terms = await db.Set<IndexedArticle>().AsNoTracking().Where(i => i.ArticleId == articleId).Select(i => i.Terms).FirstOrDefaultAsync(cancellationToken);
        return terms?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private Task<List<int>> ListersAsync(int articleId, CancellationToken cancellationToken) =>
        db.Set<RelatedScore>().Where(s => s.RelatedArticleId == articleId).Select(s => s.ArticleId).Distinct().ToListAsync(cancellationToken);

    /// <summary>A transaction of our own, or none when the caller's is open: then theirs commits the lot.</summary>
    private async Task<IDbContextTransaction?> BeginAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

    private static async Task CommitAsync(IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
