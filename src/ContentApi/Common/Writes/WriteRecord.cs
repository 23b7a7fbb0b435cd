namespace ContentApi.Common.Writes;

public enum WriteKind
{
    Created,
    Updated,
    Deleted,

    /// <summary>Nothing was written: time passed and an item entered the public view (a scheduled article came due).</summary>
    ComingDue,

    /// <summary>Not written itself, but what it shows changed with the write (an author's article count when an article leaves them).</summary>
    Touched,
}

/// <summary>
/// One write about to commit: which resource ("article", "author", "key", ...), which id, what
/// happened, to what (a slug or name for the audit log) and by whom. <paramref name="Action"/>
/// overrides the audit verb ("revoked").
/// </summary>
public sealed record WriteRecord(string Resource, int Id, WriteKind Kind, string? Target, Actor Actor, string? Action = null);

/// <summary>
/// Runs inside the write's transaction, after the entity is saved: what it adds (search row, audit
/// row, change records, webhook outbox) commits or rolls back with the write.
/// </summary>
public interface IWriteParticipant
{
    /// <summary>Ascending: the change records before the outbox that reads them.</summary>
    int Order => 0;

    Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken);
}

/// <summary>
/// Runs once the write has committed (cache eviction, waking the workers). It is given no request
/// token and its failures are logged, never answered: a committed write is answered as committed.
/// </summary>
public interface IAfterCommit
{
    /// <summary>Ascending: cache eviction last, so nothing is re-cached stale.</summary>
    int Order => 0;

    Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken);
}
