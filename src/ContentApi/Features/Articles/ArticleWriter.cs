using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Changes;
using ContentApi.Common.Http;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Audit;
using FluentValidation;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Article writes: each one transaction with its If-Match check, audit row and change notice.</summary>
public sealed class ArticleWriter(
    ContentDbContext db, ContentWrites writes, ArticleEditor editor, IValidator<ArticleRequest> validator,
    TypeAdapterConfig mapping, JsonSerializerOptions json)
{
    public const string Resource = "article";

    public async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateAsync(
        ArticleRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var article = new Article { Slug = "", Title = "" };
        if (await editor.ApplyAsync(article, request, writes.Now, cancellationToken) is { } conflict)
        {
            return Preconditions.Conflict(conflict);
        }
        db.Articles.Add(article);
        if (await writes.CommitAsync(transaction, Actor.From(http), Resource, () => article.Id, article.Slug, ContentChangeKind.Created, cancellationToken) is { } failed)
        {
            return failed;
        }
        var created = await ArticleETags.ReadAsync(db, article.Id, mapping, cancellationToken);
        return TypedResults.Created($"/api/v1/articles/{created!.Slug}", http.Tag(created, json));
    }

    /// <summary>PUT (a whole request) or PATCH (a merge patch onto the stored article).</summary>
    public async Task<Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        string slug, ArticleRequest? replacement, JsonObject? patch, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var article = await LoadAsync(slug, cancellationToken);
        if (article is null)
        {
            return NoArticle(slug);
        }
        if (Preconditions.Check(http, (await ArticleETags.CurrentAsync(db, article.Id, mapping, json, cancellationToken))!) is { } stale)
        {
            return stale;
        }
        var request = replacement;
        if (patch is not null)
        {
            try
            {
                request = ArticlePatchBase.Merge(article, patch, json);
            }
            catch (JsonException exception)
            {
                return TypedResults.ValidationProblem(JsonBody.ErrorsOf(exception), detail: string.Join(" ", JsonBody.ErrorsOf(exception).Values.SelectMany(v => v)));
            }
            if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid)
            {
                return Problems.Validation(invalid);
            }
        }
        if (await editor.ApplyAsync(article, request!, writes.Now, cancellationToken) is { } conflict)
        {
            return Preconditions.Conflict(conflict);
        }
        return await CommitAsync(transaction, article, ContentChangeKind.Updated, http, cancellationToken);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string slug, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var article = await LoadAsync(slug, cancellationToken);
        if (article is null)
        {
            return NoArticle(slug);
        }
        if (Preconditions.Check(http, (await ArticleETags.CurrentAsync(db, article.Id, mapping, json, cancellationToken))!) is { } stale)
        {
            return stale;
        }
        // Soft: the row stays as a tombstone for sync and the audit log; it is never visible again.
        article.DeletedAt = article.UpdatedAt = writes.Now;
        article.Version++;
        return await writes.CommitAsync(transaction, Actor.From(http), Resource, () => article.Id, article.Slug, ContentChangeKind.Deleted, cancellationToken) is { } failed
            ? await WithCurrentETagAsync(failed, article.Id, http, cancellationToken)
            : TypedResults.NoContent();
    }

    private async Task<Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem>> CommitAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Article article, ContentChangeKind kind,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (await writes.CommitAsync(transaction, Actor.From(http), Resource, () => article.Id, article.Slug, kind, cancellationToken) is { } failed)
        {
            return await WithCurrentETagAsync(failed, article.Id, http, cancellationToken);
        }
        var saved = await ArticleETags.ReadAsync(db, article.Id, mapping, cancellationToken);
        return TypedResults.Ok(http.Tag(saved!, json));
    }

    /// <summary>A 412 carries the ETag the item has now, so the client can GET and retry.</summary>
    private async Task<ProblemHttpResult> WithCurrentETagAsync(ProblemHttpResult failed, int id, HttpContext http, CancellationToken cancellationToken)
    {
        if (failed.StatusCode == StatusCodes.Status412PreconditionFailed
            && await ArticleETags.CurrentAsync(db, id, mapping, json, cancellationToken) is { } current)
        {
            http.Response.Headers.ETag = current;
        }
        return failed;
    }

    private Task<Article?> LoadAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Author).Include(a => a.Tags).ThenInclude(t => t.Tag)
            .FirstOrDefaultAsync(a => a.Slug == slug && a.DeletedAt == null, cancellationToken);

    private static ProblemHttpResult NoArticle(string slug) => Problems.NotFound($"No article has the slug '{slug}'.");
}
