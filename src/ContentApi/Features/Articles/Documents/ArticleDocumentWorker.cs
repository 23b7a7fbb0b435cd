using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Renders the documents that are missing: those a write dropped (its author, tags, image or the site
/// changed), those of a large import, and at start-up every one a database does not have yet (one
/// from before the documents, or rendered by another build, which are dropped first). Each batch is
/// rendered and stored under the write gate, so no write commits between reading an article and
/// storing its document.
/// </summary>
public sealed class ArticleDocumentWorker(IServiceScopeFactory scopes, ChangeSignal signal, ILogger<ArticleDocumentWorker> logger)
    : WakingWorker(signal, logger)
{
    public const int BatchSize = 100;

    private const int DropBatchSize = 1000;

    /// <summary>How often a pass looks for missing documents unasked (another instance's writes).</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(5);

    private volatile bool _wanted = true;
    private bool _otherBuildsDropped;
    private DateTime _nextCheck;

    public override string Name => "article-documents";

    /// <summary>Asks the next pass to look for missing documents (a write dropped some).</summary>
    public void Want() => _wanted = true;

    protected override async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        if (_wanted || DateTime.UtcNow >= _nextCheck)
        {
            await RenderMissingAsync(cancellationToken);
        }
        return Recheck;
    }

    /// <summary>Renders every missing document; returns how many it stored.</summary>
    public Task<int> RenderMissingAsync(CancellationToken cancellationToken) => AloneAsync(async () =>
        {
            _wanted = false;
            _nextCheck = DateTime.UtcNow + Recheck;
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ContentDbContext>();
            if (!_otherBuildsDropped)
            {
                int dropped;
                do
                {
                    dropped = await DropOtherBuildsAsync(services, db, cancellationToken);
                }
                while (dropped == DropBatchSize);
                _otherBuildsDropped = true;
            }
            var (stored, round) = (0, -1);
            // Again while a round stored something: writes during it may have dropped more.
            for (var missing = await MissingAsync(db, cancellationToken); missing.Count > 0 && round != 0; missing = await MissingAsync(db, cancellationToken))
            {
                round = 0;
                foreach (var batch in missing.Chunk(BatchSize))
                {
                    round += await RenderAsync(services, db, batch, cancellationToken);
                }
                stored += round;
            }
            if (stored > 0)
            {
                logger.LogInformation("Rendered {Count} article document(s).", stored);
            }
            return stored;
        }, cancellationToken);

    private static async Task<int> RenderAsync(IServiceProvider services, ContentDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<WritePipeline>();
        await using var write = await pipeline.BeginAsync(cancellationToken);
        await services.GetRequiredService<IDatabaseProvider>().SerializeWritesAsync(db, cancellationToken);
        // A write since the list was made may have stored some, or taken an article out of view.
        var present = await db.Set<ArticleDocument>().Where(d => ids.Contains(d.ArticleId)).Select(d => d.ArticleId).ToListAsync(cancellationToken);
        var documents = await services.GetRequiredService<ArticleDocumentRenderer>().RenderAsync(ids.Except(present).ToList(), cancellationToken);
        db.AddRange(documents);
        if (await pipeline.CommitAsync(write, () => [], cancellationToken) is { } failed)
        {
            throw new InvalidOperationException($"Storing {documents.Count} article document(s) failed: {failed.ProblemDetails.Detail}");
        }
        return documents.Count;
    }

    /// <summary>
    /// A thousand documents of another build at a time, each under the write gate. In one statement over every document
    /// SQLite held its write lock for seconds (it reads each document's overflow pages to free them): after a deploy on
    /// 100,000 articles an editor's first save waited 6.7 s for it.
    /// </summary>
    private static async Task<int> DropOtherBuildsAsync(IServiceProvider services, ContentDbContext db, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<WritePipeline>();
        await using var write = await pipeline.BeginAsync(cancellationToken);
        var dropped = await db.Set<ArticleDocument>().Where(d => d.Version != ArticleDocumentVersion.Current)
            .OrderBy(d => d.ArticleId).Take(DropBatchSize).ExecuteDeleteAsync(cancellationToken);
        if (await pipeline.CommitAsync(write, () => [], cancellationToken) is { } failed)
        {
            throw new InvalidOperationException($"Dropping other builds' article documents failed: {failed.ProblemDetails.Detail}");
        }
        return dropped;
    }

    /// <summary>Live published or scheduled articles without a document, found through an index that covers the test.</summary>
    private static Task<List<int>> MissingAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.DeletedAt == null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled)
                && !db.Set<ArticleDocument>().Any(d => d.ArticleId == a.Id))
            .Select(a => a.Id).ToListAsync(cancellationToken);
}
