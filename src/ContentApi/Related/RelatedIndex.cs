using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using ContentApi.Common.Writes;

namespace ContentApi.Related;

/// <summary>
/// Incremental upkeep, provider-neutral (EF Core LINQ only). An update: re-count the article's terms
/// and move the document frequencies by the difference; re-weigh its vector; recompute its list from
/// candidates; then recompute the lists of its <see cref="RelatedTuning.NeighboursRefreshed"/> best
/// candidates (it may now belong in theirs) and of every article that listed it (it may have to leave).
/// Lists are computed outside any write and stored in short ones, so editors never queue long behind it.
/// </summary>
internal sealed class RelatedIndex(ContentDbContext db, RelatedIndexRebuild rebuild, WriteGate gate, IDatabaseProvider provider) : IRelatedIndex
{
    private const int ListsPerRefresh = 100;

    public async Task<IReadOnlyCollection<int>> UpdateAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Where(RelatedIndexing.IsIndexable)
            .Select(a => new { a.Title, a.Excerpt, a.BodyText }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return await RemoveAsync(articleId, cancellationToken);
        }
        var counts = TermCounts.Of(article.Title, article.Excerpt, article.BodyText).Counts;
        await WriteAsync(() => IndexTermsAsync(articleId, counts, cancellationToken), cancellationToken);

        var listers = await ListersAsync(articleId, cancellationToken);
        var refresher = new ListRefresher(db);
        var own = await refresher.ComputeAsync([articleId], cancellationToken);
        await WriteAsync(() => refresher.StoreAsync(own, cancellationToken), cancellationToken);
        var neighbours = own.Ranked.TryGetValue(articleId, out var ranked)
            ? ranked.Ranked.Take(RelatedTuning.NeighboursRefreshed).Select(c => c.Document.Id)
            : [];
        return [articleId, .. await RefreshAsync(refresher, listers.Union(neighbours).Where(id => id != articleId), cancellationToken)];
    }

    public async Task<IReadOnlyCollection<int>> RemoveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async () =>
        {
            if (await IndexedTermsAsync(articleId, cancellationToken) is { } before)
            {
                await new DocumentFrequencies(db).ApplyAsync([], before, cancellationToken);
                await db.Set<IndexedArticle>().Where(i => i.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
            }
            await db.Set<ArticleTerm>().Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<RelatedScore>().Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
        return [articleId, .. await RefreshAsync(new ListRefresher(db), await ListersAsync(articleId, cancellationToken), cancellationToken)];
    }

    public Task<RelatedRebuildReport> RebuildAsync(IProgress<RelatedRebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        rebuild.RunAsync(progress, cancellationToken);

    /// <summary>Re-counts the article's terms, moves the document frequencies by the difference and re-weighs its vector.</summary>
    private async Task IndexTermsAsync(int articleId, IReadOnlyList<KeyValuePair<string, int>> counts, CancellationToken cancellationToken)
    {
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
    }

    /// <summary>Other articles' lists, a chunk at a time: each computed without the write lock, then swapped in a short write. Returns their ids.</summary>
    private async Task<List<int>> RefreshAsync(ListRefresher refresher, IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.Distinct().Order().ToList();
        foreach (var chunk in ids.Chunk(ListsPerRefresh))
        {
            var lists = await refresher.ComputeAsync(chunk, cancellationToken);
            await WriteAsync(() => refresher.StoreAsync(lists, cancellationToken), cancellationToken);
        }
        return ids;
    }

    private async Task<string[]?> IndexedTermsAsync(int articleId, CancellationToken cancellationToken)
    {
        var terms = await db.Set<IndexedArticle>().AsNoTracking().Where(i => i.ArticleId == articleId).Select(i => i.Terms).FirstOrDefaultAsync(cancellationToken);
        return terms?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private Task<List<int>> ListersAsync(int articleId, CancellationToken cancellationToken) =>
        db.Set<RelatedScore>().Where(s => s.RelatedArticleId == articleId).Select(s => s.ArticleId).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// A short write of its own, queued with the editors' writes; or, inside a caller's transaction
    /// (a test, a bulk import), part of that one, which commits the lot.
    /// </summary>
    private async Task WriteAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await write();
            return;
        }
        using var lease = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.SerializeWritesAsync(db, cancellationToken);
        await write();
        await transaction.CommitAsync(cancellationToken);
    }
}
