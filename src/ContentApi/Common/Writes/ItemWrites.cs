using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Http;
using ContentApi.Common.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Common.Writes;

/// <summary>Create, replace, patch and delete for every kind of item, through the one <see cref="WritePipeline"/>.</summary>
public sealed class ItemWrites(WritePipeline pipeline, Data.ContentDbContext db, JsonSerializerOptions json, IServiceProvider services)
{
    public async Task<Results<Created<TResponse>, ProblemHttpResult>> CreateAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, TEntity entity, TRequest request, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        await using (var scope = await pipeline.BeginAsync(cancellationToken))
        {
            if (await spec.ApplyAsync(entity, request, cancellationToken) is { } conflict)
            {
                return Preconditions.Conflict(conflict);
            }
            db.Add(entity);
            if (await pipeline.CommitAsync(scope, () => Records(spec, entity, WriteKind.Created, [], http), cancellationToken) is { } failed)
            {
                return failed;
            }
        }
        // Committed: the answer is read with no request token, so a client leaving now cannot turn it into an error.
        var created = await spec.ReadAsync(spec.IdOf(entity), CancellationToken.None);
        return TypedResults.Created(spec.LocationOf(entity), http.Tag(created!, json));
    }

    /// <summary>PUT (<paramref name="replacement"/>) or PATCH (<paramref name="patch"/>, merged onto the stored item) of a loaded, tracked item.</summary>
    public async Task<Results<Ok<TResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, Func<CancellationToken, Task<TEntity?>> load, string notFound,
        TRequest? replacement, JsonObject? patch, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        int id;
        await using (var scope = await pipeline.BeginAsync(cancellationToken))
        {
            if (await load(cancellationToken) is not { } entity)
            {
                return Problems.NotFound(notFound);
            }
            id = spec.IdOf(entity);
            if (await CheckAsync(spec, id, http, cancellationToken) is { } stale)
            {
                return stale;
            }
            var before = spec.Touches(entity).ToList();
            var request = replacement;
            if (patch is not null)
            {
                var (invalid, merged) = await MergeAsync(spec, entity, patch, cancellationToken);
                if (invalid is not null)
                {
                    return invalid;
                }
                request = merged;
            }
            if (await spec.ApplyAsync(entity, request!, cancellationToken) is { } conflict)
            {
                return Preconditions.Conflict(conflict);
            }
            if (await pipeline.CommitAsync(scope, () => Records(spec, entity, WriteKind.Updated, before, http), cancellationToken) is { } failed)
            {
                return await WithCurrentETagAsync(spec, id, failed, http);
            }
        }
        return TypedResults.Ok(http.Tag((await spec.ReadAsync(id, CancellationToken.None))!, json));
    }

    /// <summary>A delete (hard or soft, as the spec says), refused with 409 while something refers to the item.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, Func<CancellationToken, Task<TEntity?>> load, string notFound,
        HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        await using var scope = await pipeline.BeginAsync(cancellationToken);
        if (await load(cancellationToken) is not { } entity)
        {
            return Problems.NotFound(notFound);
        }
        var id = spec.IdOf(entity);
        if (await CheckAsync(spec, id, http, cancellationToken) is { } stale)
        {
            return stale;
        }
        var before = spec.Touches(entity).ToList();
        if (await spec.DeleteAsync(entity, cancellationToken) is { } referenced)
        {
            return Preconditions.Conflict(referenced);
        }
        return await pipeline.CommitAsync(scope, () => Records(spec, entity, WriteKind.Deleted, before, http), cancellationToken) is { } failed
            ? await WithCurrentETagAsync(spec, id, failed, http)
            : TypedResults.NoContent();
    }

    /// <summary>The write itself, then every item it touched before or after the change.</summary>
    private static List<WriteRecord> Records<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, TEntity entity, WriteKind kind, IEnumerable<(string Resource, int Id)> before, HttpContext http)
        where TEntity : class where TRequest : class
    {
        var actor = Actor.From(http);
        var records = new List<WriteRecord> { new(spec.Resource, spec.IdOf(entity), kind, spec.TargetOf(entity), actor) };
        records.AddRange(before.Union(spec.Touches(entity)).Select(t => new WriteRecord(t.Resource, t.Id, WriteKind.Touched, null, actor)));
        return records;
    }

    /// <summary>The patch merged and validated like a PUT body; a patch that does not fit the shape is a 400 naming the field.</summary>
    private async Task<(ValidationProblem? Problem, TRequest? Request)> MergeAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, TEntity entity, JsonObject patch, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class
    {
        TRequest request;
        try
        {
            request = spec.MergePatch(entity, patch, json);
        }
        catch (JsonException exception)
        {
            var errors = JsonBody.ErrorsOf(exception);
            return (TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v))), null);
        }
        var validator = services.GetRequiredService<IValidator<TRequest>>();
        return await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid
            ? (Problems.Validation(invalid), null)
            : (null, request);
    }

    private async Task<ProblemHttpResult?> CheckAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, int id, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class =>
        Preconditions.Check(http, ItemETag.Of((await spec.ReadAsync(id, cancellationToken))!, json));

    private async Task<ProblemHttpResult> WithCurrentETagAsync<TEntity, TRequest, TResponse>(
        IItemSpec<TEntity, TRequest, TResponse> spec, int id, ProblemHttpResult failed, HttpContext http)
        where TEntity : class where TRequest : class
    {
        if (failed.StatusCode == StatusCodes.Status412PreconditionFailed && await spec.ReadAsync(id, CancellationToken.None) is { } current)
        {
            http.Response.Headers.ETag = ItemETag.Of(current, json);
        }
        return failed;
    }
}
