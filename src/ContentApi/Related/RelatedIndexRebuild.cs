using System.Threading.Channels;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// The full rebuild: read and tokenise every indexable article in id batches (no tracking), count
/// document frequencies, weigh every vector, then compute every list from an in-memory inverted
/// index on the other cores while this thread writes rows in batches. One transaction, in a scope of
/// its own so the caller's DbContext is left alone.
/// </summary>
internal sealed class RelatedIndexRebuild(IServiceScopeFactory scopes, ILogger<RelatedIndexRebuild> logger)
{
    private const int ReadBatch = 2000;

    public Task<RelatedRebuildReport> RunAsync(IProgress<RelatedRebuildProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(progress, emptyIndex: false, cancellationToken);

    /// <param name="emptyIndex">The index's tables are known to be empty (a new database): nothing to delete.</param>
    public async Task<RelatedRebuildReport> RunAsync(IProgress<RelatedRebuildProgress>? progress, bool emptyIndex, CancellationToken cancellationToken)
    {
        var log = new RebuildProgressLog(logger, progress);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The worker's refreshes (this instance's, another's, or a running server's while a CLI imports) wait for it.
        await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().SerializeWritesAsync(db, cancellationToken);
        if (!emptyIndex)
        {
            await db.Set<RelatedScore>().ExecuteDeleteAsync(cancellationToken);
            await db.Set<ArticleTerm>().ExecuteDeleteAsync(cancellationToken);
            await db.Set<DocumentFrequency>().ExecuteDeleteAsync(cancellationToken);
            await db.Set<IndexedArticle>().ExecuteDeleteAsync(cancellationToken);
        }

        var corpus = await RebuildCorpus.ReadAsync(db, ReadBatch, rows => WriteAsync(db, rows, cancellationToken), log, cancellationToken);
        var (tagsByArticle, tags) = await RebuildCorpus.ReadTagsAsync(db, corpus.Count, cancellationToken);
        var picks = (await db.Set<RelatedLink>().AsNoTracking().Select(l => new { l.ArticleId, l.RelatedArticleId }).ToListAsync(cancellationToken))
            .ToLookup(l => l.ArticleId, l => l.RelatedArticleId);
        var documents = corpus.Weigh(tagsByArticle);
        log.Report("weighing", documents.Length, documents.Length);

        // Lists are computed on the other cores while this thread writes; a failed write stops the producer too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lists = Channel.CreateBounded<List<RelatedScore>>(4);
        var producer = Task.Run(() => RebuildLists.ProduceAsync(documents, tags, corpus.Vocabulary, picks, lists.Writer, log, stop.Token), stop.Token);
        var (termRowCount, listRowCount) = (0, 0);
        try
        {
            await WriteAsync(db, corpus.DocumentFrequencyRows(), cancellationToken);
            termRowCount = await WriteAsync(db, documents.SelectMany(d => d.Terms.Terms.Select((t, i) =>
                new ArticleTerm { ArticleId = d.Id, Term = corpus.Vocabulary[t], Weight = d.Terms.Weights[i] })), cancellationToken);
            await foreach (var rows in lists.Reader.ReadAllAsync(cancellationToken))
            {
                listRowCount += await WriteAsync(db, rows, cancellationToken);
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        await producer;
        await transaction.CommitAsync(cancellationToken);

        var report = new RelatedRebuildReport(documents.Length, corpus.Vocabulary.Count, termRowCount, listRowCount, log.Elapsed);
        logger.LogInformation("Related index rebuilt: {Articles} articles, {Terms} terms, {TermRows} term rows, {ListRows} list rows in {Seconds:F1} s",
            report.Articles, report.Terms, report.TermRows, report.ListRows, report.Elapsed.TotalSeconds);
        return report;
    }

    /// <summary>Untracked, so memory and cost stay flat: on SQLite one prepared INSERT per table, elsewhere EF's batches.</summary>
    private static Task<int> WriteAsync<T>(ContentDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class =>
        BulkInsert.InsertAsync(db, rows, cancellationToken);
}
