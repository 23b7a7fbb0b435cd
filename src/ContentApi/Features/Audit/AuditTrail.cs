using ContentApi.Common.Writes;
using ContentApi.Data;

namespace ContentApi.Features.Audit;

public static class AuditAction
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Revoked = "revoked";
}

/// <summary>Adds each write's audit row to its transaction, so it commits (or not) with the write itself.</summary>
internal sealed class AuditTrail(ContentDbContext db, TimeProvider clock) : IWriteParticipant
{
    public Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(writes.Where(w => w.Kind is not (WriteKind.ComingDue or WriteKind.Touched)).Select(w => new AuditEntry
        {
            At = now,
            Actor = w.Actor.Name,
            KeyId = w.Actor.KeyId,
            Action = w.Action ?? ActionOf(w.Kind),
            Resource = w.Resource,
            ResourceId = w.Id,
            Target = w.Target,
            Request = w.Actor.Request,
        }));
        return Task.CompletedTask;
    }

    private static string ActionOf(WriteKind kind) => kind switch
    {
        WriteKind.Created => AuditAction.Created,
        WriteKind.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };
}
