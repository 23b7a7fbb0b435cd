using ContentApi.Common.Querying;
using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/audit", ListAudit).WithName(nameof(ListAudit)).WithTags("Audit")
            .RequireWriteKey().WithValidation()
            .WithSummary("Read the audit log")
            .WithDescription("Every committed write, newest first: who (the key's name and id), what (action, resource, id, slug or name, the request) and when. Needs a key with content:write.");
        return routes;
    }

    public static Task<Results<Ok<PagedList<AuditEntryResponse>>, ValidationProblem>> ListAudit(
        [AsParameters] PageQuery query, ContentDbContext db, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.Set<AuditEntry>().AsNoTracking().ToPageAsync(query, NewestFirst, "audit", cursors, cancellationToken);

    // Audit ids stay far below int.MaxValue for any real publication; the cursor holds an int id.
    private static readonly Keyset<AuditEntry, AuditEntryResponse> NewestFirst = new(
        entries => entries.OrderByDescending(e => e.Id),
        (entries, after) => entries.Where(e => e.Id < after.Id),
        entries => entries.Select(e => new AuditEntryResponse(e.Id, e.At, e.Actor, e.KeyId, e.Action, e.Resource, e.ResourceId, e.Target, e.Request)),
        entry => new CursorPosition((int)entry.Id));
}

/// <summary>One write in the audit log.</summary>
/// <param name="At">When the write committed (UTC).</param>
/// <param name="Actor">The name of the key that wrote; `cli` for the command line, `system` for the app itself.</param>
/// <param name="KeyId">The id of that key; null for the command line and the app.</param>
/// <param name="Action">`created`, `updated`, `deleted` or `revoked`.</param>
/// <param name="Resource">`article`, `author`, `tag`, `donationForm`, `site` or `key`.</param>
/// <param name="ResourceId">The item's id.</param>
/// <param name="Target">The item's slug or name when written.</param>
/// <param name="Request">The HTTP method and path; null for the command line.</param>
public sealed record AuditEntryResponse(
    long Id, DateTime At, string Actor, int? KeyId, string Action, string Resource, int? ResourceId, string? Target, string? Request)
    : IHasExample<AuditEntryResponse>
{
    public static AuditEntryResponse Example => new(
        12, new DateTime(2025, 7, 25, 9, 30, 0, DateTimeKind.Utc), "newsroom-cms", 2, AuditAction.Updated, "article", 1,
        "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria",
        "PATCH /api/v1/articles/in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria");
}
