using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Features.Audit;
using ContentApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Common.Writes;

/// <summary>
/// The one way a write commits: the change, its audit row and the version bump in one transaction,
/// then the change is published to the listeners (cache eviction, related index). A failure leaves
/// nothing half-written.
/// </summary>
public sealed class ContentWrites(ContentDbContext db, ContentChanges changes, Data.IDatabaseProvider provider, ISearchIndex search, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Starts the write's transaction. On SQLite it is BEGIN IMMEDIATE: writers queue here, so the
    /// If-Match check that follows sees the latest committed version.
    /// </summary>
    public Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>Saves, audits and commits. Null on success; otherwise the 409 or 412 to answer (the caller adds the current ETag to a 412).</summary>
    public async Task<ProblemHttpResult?> CommitAsync(
        IDbContextTransaction transaction, Actor actor, string resource, Func<int> id, string? target,
        ContentChangeKind kind, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (resource == ArticleResource)
            {
                await IndexArticleAsync(id(), cancellationToken);
            }
            db.AddAudit(clock, actor, AuditActionOf(kind), resource, id(), target);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
                detail: "The item changed while this write was in progress; nothing was written. GET it again and redo the change.");
        }
        catch (DbUpdateException exception) when (provider.IsConstraintViolation(exception))
        {
            return Preconditions.Conflict("The write conflicts with another item (a slug taken meanwhile, or an item it refers to removed); nothing was written.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        await changes.PublishAsync([new ContentChange(resource, id(), kind)], cancellationToken);
        return null;
    }

    private const string ArticleResource = "article";

    /// <summary>The search index follows the article in the same transaction: a failed write leaves it as it was.</summary>
    private async Task IndexArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        // IndexAsync drops an article that cannot be listed (a draft, archived, deleted).
        if (await db.Articles.FindAsync([articleId], cancellationToken) is { } article)
        {
            await search.IndexAsync(article, cancellationToken);
        }
        else
        {
            await search.RemoveAsync(articleId, cancellationToken);
        }
    }

    private static string AuditActionOf(ContentChangeKind kind) => kind switch
    {
        ContentChangeKind.Created => AuditAction.Created,
        ContentChangeKind.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };
}
