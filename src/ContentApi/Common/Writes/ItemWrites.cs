using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Changes;
using ContentApi.Common.Http;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Audit;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Common.Writes;

/// <summary>Create, replace, patch and delete for the simpler items, with the article path's guarantees: If-Match, one transaction, audit, change notice.</summary>
public sealed class ItemWrites(ContentDbContext db, ContentWrites writes, JsonSerializerOptions json, IServiceProvider services)
{
    public async Task<Results<Created<TResponse>, ProblemHttpResult>> CreateAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, TEntity entity, TRequest request, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        if (await spec.ApplyAsync(entity, request, cancellationToken) is { } conflict)
        {
            return Preconditions.Conflict(conflict);
        }
        db.Add(entity);
        if (await writes.CommitAsync(transaction, Actor.From(http), spec.Resource, () => spec.IdOf(entity), spec.TargetOf(entity), ContentChangeKind.Created, cancellationToken) is { } failed)
        {
            return failed;
        }
        var created = await spec.ReadAsync(spec.IdOf(entity), cancellationToken);
        return TypedResults.Created(spec.LocationOf(entity), http.Tag(created!, json));
    }

    /// <summary>PUT (replacement) or PATCH (a merge patch onto <see cref="IItemSpec{TEntity,TRequest,TResponse}.ToRequest"/>), for a loaded, tracked item.</summary>
    public async Task<Results<Ok<TResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, Func<CancellationToken, Task<TEntity?>> load, string notFound,
        TRequest? replacement, JsonObject? patch, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        if (await load(cancellationToken) is not { } entity)
        {
            return Problems.NotFound(notFound);
        }
        if (await CheckAsync(spec, entity, http, cancellationToken) is { } stale)
        {
            return stale;
        }
        var request = replacement;
        if (patch is not null)
        {
            try
            {
                var merged = JsonMergePatch.Apply(JsonSerializer.SerializeToNode(spec.ToRequest(entity), json), patch);
                request = merged.Deserialize<TRequest>(json) ?? throw new JsonException("The patched item is empty.");
            }
            catch (JsonException exception)
            {
                var errors = JsonBody.ErrorsOf(exception);
                return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)));
            }
            var validator = services.GetRequiredService<IValidator<TRequest>>();
            if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid)
            {
                return Problems.Validation(invalid);
            }
        }
        if (await spec.ApplyAsync(entity, request!, cancellationToken) is { } conflict)
        {
            return Preconditions.Conflict(conflict);
        }
        if (await writes.CommitAsync(transaction, Actor.From(http), spec.Resource, () => spec.IdOf(entity), spec.TargetOf(entity), ContentChangeKind.Updated, cancellationToken) is { } failed)
        {
            return await WithCurrentETagAsync(spec, spec.IdOf(entity), failed, http, cancellationToken);
        }
        return TypedResults.Ok(http.Tag((await spec.ReadAsync(spec.IdOf(entity), cancellationToken))!, json));
    }

    /// <summary>A hard delete, refused with 409 while something refers to the item.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, Func<CancellationToken, Task<TEntity?>> load, string notFound,
        HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        if (await load(cancellationToken) is not { } entity)
        {
            return Problems.NotFound(notFound);
        }
        if (await CheckAsync(spec, entity, http, cancellationToken) is { } stale)
        {
            return stale;
        }
        if (await spec.PrepareDeleteAsync(entity, cancellationToken) is { } referenced)
        {
            return Preconditions.Conflict(referenced);
        }
        db.Remove(entity);
        return await writes.CommitAsync(transaction, Actor.From(http), spec.Resource, () => spec.IdOf(entity), spec.TargetOf(entity), ContentChangeKind.Deleted, cancellationToken) is { } failed
            ? await WithCurrentETagAsync(spec, spec.IdOf(entity), failed, http, cancellationToken)
            : TypedResults.NoContent();
    }

    private async Task<ProblemHttpResult?> CheckAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, TEntity entity, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class =>
        Preconditions.Check(http, ItemETag.Of((await spec.ReadAsync(spec.IdOf(entity), cancellationToken))!, json));

    private async Task<ProblemHttpResult> WithCurrentETagAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, int id, ProblemHttpResult failed, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        if (failed.StatusCode == StatusCodes.Status412PreconditionFailed && await spec.ReadAsync(id, cancellationToken) is { } current)
        {
            http.Response.Headers.ETag = ItemETag.Of(current, json);
        }
        return failed;
    }
}
