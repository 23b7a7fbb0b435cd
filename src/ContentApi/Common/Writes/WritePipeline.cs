using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Writes;

/// <summary>
/// The one way a write commits. <see cref="BeginAsync"/> queues for the write gate and opens the
/// transaction (BEGIN IMMEDIATE on SQLite, so the If-Match check that follows sees the latest
/// version); CommitAsync saves the entity, lets every <see cref="IWriteParticipant"/>
/// add its rows in the same transaction, commits, then runs the <see cref="IAfterCommit"/> work,
/// which cannot turn the committed write into an error.
/// </summary>
public sealed class WritePipeline(
    ContentDbContext db, WriteGate gate, IEnumerable<IWriteParticipant> participants, AfterCommitRunner afterCommit,
    IDatabaseProvider provider, TimeProvider clock)
{
    private readonly IWriteParticipant[] _participants = participants.OrderBy(p => p.Order).ToArray();

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WriteScope> BeginAsync(CancellationToken cancellationToken)
    {
        var lease = await gate.EnterAsync(cancellationToken);
        try
        {
            return new WriteScope(lease, await db.Database.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Null once committed; otherwise the 409 or 412 to answer, with nothing written (the caller adds the current ETag to a 412).</summary>
    /// <param name="writes">What was written, asked after the first save so a created item has its id.</param>
    public async Task<ProblemHttpResult?> CommitAsync(WriteScope scope, Func<IReadOnlyList<WriteRecord>> writes, CancellationToken cancellationToken)
    {
        IReadOnlyList<WriteRecord> committed;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            committed = writes();
            foreach (var participant in _participants)
            {
                await participant.OnWritingAsync(committed, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await scope.Transaction.CommitAsync(cancellationToken);
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
        scope.Leave();
        await afterCommit.RunAsync(committed);
        return null;
    }

    /// <summary>For a single item: the usual case.</summary>
    public Task<ProblemHttpResult?> CommitAsync(WriteScope scope, Func<WriteRecord> write, CancellationToken cancellationToken) =>
        CommitAsync(scope, () => [write()], cancellationToken);
}
