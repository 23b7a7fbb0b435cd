using ContentApi.Common.Writes;
using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Keys;

/// <summary>
/// Key management over HTTP, for holders of keys:manage. A key never grants more than it holds, nor
/// revokes a key that holds more, so a leaked key cannot mint itself a stronger successor or lock
/// the operator out. Revoking needs no If-Match: it is idempotent and loses nothing.
/// </summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/keys").WithTags("Keys").RequireManageKey().WithValidation();

        group.MapGet("", ListKeys).WithName(nameof(ListKeys))
            .WithSummary("List API keys")
            .WithDescription("Every key, revoked ones included, without its secret: name, fingerprint, scopes, when it was made and revoked. Needs `keys:manage`.");
        group.MapPost("", CreateKey).WithName(nameof(CreateKey))
            .WithSummary("Create an API key")
            .WithDescription("Makes a random 256-bit key with the given scopes, each of which the calling key must hold itself (403 otherwise). The response's `key` is the only time the secret is shown; only its hash is stored.")
            .ProducesWriteProblems();
        group.MapDelete("/{id}", RevokeKey).WithName(nameof(RevokeKey))
            .WithSummary("Revoke an API key")
            .WithDescription("The key stops working at once (401). A key holding a scope the calling key lacks cannot be revoked with it (403). The row stays, so the audit log keeps naming it. Revoking twice is harmless.")
            .ProducesNotFound("No key has this id.", "No key has the id 9.");
        return routes;
    }

    public static async Task<Ok<PagedList<ApiKeyResponse>>> ListKeys(ApiKeyStore store, CancellationToken cancellationToken)
    {
        var keys = (await store.ListAsync(cancellationToken)).ConvertAll(ApiKeyResponse.From);
        return TypedResults.Ok(new PagedList<ApiKeyResponse>(keys, new PageMeta(1, keys.Count, keys.Count, 1, null)));
    }

    public static async Task<Results<Created<CreatedKeyResponse>, ProblemHttpResult>> CreateKey(
        [FromBody] CreateKeyRequest request, ApiKeyStore store, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Scopes!.NotHeldBy(http.User) is { Count: > 0 } notHeld)
        {
            return Forbidden(http, notHeld, "grant");
        }
        var (key, secret) = await store.CreateAsync(request.Name!, request.Scopes!, Actor.From(http), cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}",
            new CreatedKeyResponse(key.Id, key.Name, ApiKeySecret.Fingerprint(key.Hash), key.ScopeList, key.CreatedAt, secret));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        [AsParameters] KeyRoute route, ApiKeyStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var id = QueryInteger.ValueOr(route.Id, 0);
        if (await store.FindAsync(id, cancellationToken) is not { } target)
        {
            return Problems.NotFound($"No key has the id {id}.");
        }
        if (target.ScopeList.NotHeldBy(http.User) is { Count: > 0 } notHeld)
        {
            return Forbidden(http, notHeld, "revoke a key holding");
        }
        await store.RevokeAsync(id, Actor.From(http), cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Forbidden(HttpContext http, List<string> notHeld, string action)
    {
        http.Response.Headers.WWWAuthenticate = InsufficientScope.Challenge(notHeld);
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            detail: $"This key cannot {action} {string.Join(", ", notHeld)}: a key grants and revokes only scopes it holds itself.");
    }
}

public sealed record KeyRoute
{
    [FromRoute(Name = "id")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The key's id, as listed, e.g. `2`.", Example = 2)]
    public required string Id { get; init; }
}

public sealed class KeyRouteValidator : AbstractValidator<KeyRoute>
{
    public KeyRouteValidator() => RuleFor(r => r.Id).MustBeWholeNumber("id", 1, int.MaxValue);
}
