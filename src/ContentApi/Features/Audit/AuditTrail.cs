using System.Globalization;
using ContentApi.Common.Auth;
using ContentApi.Data;

namespace ContentApi.Features.Audit;

public static class AuditAction
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Revoked = "revoked";
}

/// <summary>Who made a change: a key (name and id), the command line, or the app itself.</summary>
public sealed record Actor(string Name, int? KeyId, string? Request)
{
    public static readonly Actor System = new("system", null, null);
    public static readonly Actor CommandLine = new("cli", null, null);

    public static Actor From(HttpContext http) => new(
        http.User.Identity?.Name ?? "anonymous",
        int.TryParse(http.User.FindFirst(Scopes.KeyIdClaimType)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        $"{http.Request.Method} {http.Request.Path}");
}

public static class AuditTrail
{
    /// <summary>Adds the audit row to the change being saved, so it commits (or not) with the write itself.</summary>
    public static void AddAudit(this ContentDbContext db, TimeProvider clock, Actor actor, string action, string resource, int? id, string? target) =>
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Name,
            KeyId = actor.KeyId,
            Action = action,
            Resource = resource,
            ResourceId = id,
            Target = target,
            Request = actor.Request,
        });
}
