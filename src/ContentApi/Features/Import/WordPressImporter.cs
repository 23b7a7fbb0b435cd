using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Import.Wxr;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Import;

/// <summary>
/// Imports a WordPress export through the write pipeline in batches, one transaction each: first the
/// whole file is read (nothing is written from a broken file), then authors and terms, then the categories' parents, then GiveWP
/// forms, then posts and pages, then the page tree. Items are matched by site URL and WordPress id,
/// so a second run, or one resumed after a crash, adds nothing twice. The related index, whose cost
/// grows with the corpus, is rebuilt once at the end instead of per article.
/// </summary>
public sealed class WordPressImporter(
    ContentDbContext db, WritePipeline pipeline, ImportedItems items, CategoryParents categories, IRelatedIndex related, IServiceProvider services)
{
    public static readonly IReadOnlySet<string> ImportedTypes = new HashSet<string>(StringComparer.Ordinal) { "post", "page", "give_forms" };

    public async Task<ImportReport> RunAsync(string path, bool dryRun, bool update, IImportProgress progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport(dryRun);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        WxrScan scan;
        try
        {
            scan = WxrScan.Read(path);
        }
        catch (Exception exception) when (exception is WxrException or IOException or UnauthorizedAccessException)
        {
            report.Errors.Add($"{exception.Message} Nothing was imported.");
            return report;
        }
        report.Ended("reading", clock);
        var context = new ImportContext(scan, report, update, new Actor("cli", null, $"import wxr {Path.GetFileName(path)}"));
        // A dry run makes every change in one transaction and rolls it back, so it reports exactly what a real run would.
        await using var dryTransaction = dryRun ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await InBatchAsync(context, dryRun, () => items.HeaderAsync(context, cancellationToken), cancellationToken);
            await InBatchAsync(context, dryRun, () => categories.ApplyAsync(context, cancellationToken), cancellationToken);
            report.Ended("authors and terms", clock);
            progress.Start(scan.Importable);
            foreach (var type in new[] { "give_forms", "post", "page" })
            {
                await ItemsAsync(path, type, context, dryRun, progress, cancellationToken);
                report.Ended(type == "give_forms" ? "forms" : type + "s", clock);
            }
            await InBatchAsync(context, dryRun, () => items.PageTreeAsync(context, cancellationToken), cancellationToken);
            report.Ended("page tree", clock);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            report.Errors.Add($"{failure.Message} Batches before it are committed; run the import again to resume (imported items are matched, not duplicated).");
            return report;
        }
        finally
        {
            progress.Finish();
        }
        if (!dryRun)
        {
            var covered = await db.Set<ChangeRecord>().MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
            await related.RebuildAsync(cancellationToken: cancellationToken);
            // The rebuild covers every change recorded before it, so the related worker need not redo them one by one.
            await WorkerCheckpoints.AdvanceAsync(services, "related", covered, cancellationToken);
            report.Ended("related index", clock);
        }
        return report;
    }

    private async Task ItemsAsync(string path, string type, ImportContext context, bool dryRun, IImportProgress progress, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var batch = new List<WxrItem>(items.BatchSize);
        foreach (var item in WxrReader.Read(file).OfType<WxrItem>().Where(i => i.PostType == type))
        {
            batch.Add(item);
            if (batch.Count == items.BatchSize)
            {
                await WriteBatchAsync(batch, context, dryRun, progress, cancellationToken);
            }
        }
        await WriteBatchAsync(batch, context, dryRun, progress, cancellationToken);
    }

    private async Task WriteBatchAsync(List<WxrItem> batch, ImportContext context, bool dryRun, IImportProgress progress, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        await InBatchAsync(context, dryRun, async () =>
        {
            await items.PrepareAsync(batch, context, cancellationToken);
            foreach (var item in batch)
            {
                await items.ItemAsync(item, context, cancellationToken);
            }
        }, cancellationToken);
        progress.Advance(batch.Count);
        batch.Clear();
    }

    /// <summary>One transaction through the write pipeline (or, in a dry run, a save inside the outer transaction).</summary>
    private async Task InBatchAsync(ImportContext context, bool dryRun, Func<Task> work, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            await work();
            await db.SaveChangesAsync(cancellationToken);
            await items.AddOriginsAsync(context, cancellationToken);
            context.TakeWrites();
            db.ChangeTracker.Clear();
            return;
        }
        await using var scope = await pipeline.BeginAsync(cancellationToken);
        await work();
        await db.SaveChangesAsync(cancellationToken);
        await items.AddOriginsAsync(context, cancellationToken);
        var problem = await pipeline.CommitAsync(scope, () => context.TakeWrites(), cancellationToken);
        if (problem is not null)
        {
            throw new ImportFailedException($"A batch could not be committed: {problem.ProblemDetails.Detail}");
        }
    }
}

public sealed class ImportFailedException(string message) : Exception(message);
