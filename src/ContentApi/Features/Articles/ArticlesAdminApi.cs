using System.Text.Json.Nodes;
using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles;

/// <summary>Writing articles: a key with content:write; PUT, PATCH and DELETE need If-Match.</summary>
public static class ArticlesAdminApi
{
    public static IEndpointRouteBuilder MapArticlesAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("Articles").RequireWriteKey();
        const string notFound = "No article has this slug (deleted ones included).";
        const string notFoundExample = "No article has the slug 'no-such-article'.";

        group.MapPost("", CreateArticle).WithName(nameof(CreateArticle)).WithValidation()
            .WithSummary("Create an article")
            .WithDescription("Creates an article (a `draft` unless `status` says otherwise). The body arrives as HTML or Markdown and is sanitised; excerpt, plain text, word count and reading time are derived. Answers 201 with `Location`, the article and its `ETag`. 409 when the given slug is taken.")
            .ProducesWriteProblems(conflict: true);
        group.MapPut("/{slug}", ReplaceArticle).WithName(nameof(ReplaceArticle)).RequireIfMatch().WithValidation()
            .WithSummary("Replace an article")
            .WithDescription("Replaces the whole article; a field left out takes its default, except `slug`, which stays. Needs `If-Match` with the article's current ETag: 428 without it, 412 (with the current ETag) when it is stale. A published article's old slug keeps answering with a 301.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, notFoundExample);
        group.MapPatch("/{slug}", PatchArticle).WithName(nameof(PatchArticle)).RequireIfMatch()
            .Accepts<ArticleRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change part of an article")
            .WithDescription("A JSON merge patch (RFC 7396) of the request shape: members given replace the stored ones, `null` clears one, arrays replace. Sending `bodyMarkdown` replaces the HTML body. The result is validated like a PUT. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, notFoundExample);
        group.MapDelete("/{slug}", DeleteArticle).WithName(nameof(DeleteArticle)).RequireIfMatch()
            .WithSummary("Delete an article")
            .WithDescription("Soft delete: the article disappears from every public route and its slug answers 404, but the row stays as a tombstone for sync and the audit log. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true).ProducesNotFound(notFound, notFoundExample);
        return routes;
    }

    public static Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(
        [FromBody] ArticleRequest request, ItemWrites writes, ArticleSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.CreateAsync(spec, new Article { Slug = "", Title = "" }, request, http, cancellationToken);

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's current slug.</param>
    public static Task<Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem>> ReplaceArticle(
        string slug, [FromBody] ArticleRequest request, ItemWrites writes, ArticleSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, spec.Load(slug), ArticleSpec.NotFound(slug), request, null, http, cancellationToken);

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's current slug.</param>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem>> PatchArticle(
        string slug, ItemWrites writes, ArticleSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, spec.Load(slug), ArticleSpec.NotFound(slug), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's current slug.</param>
    public static Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        string slug, ItemWrites writes, ArticleSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.DeleteAsync(spec, spec.Load(slug), ArticleSpec.NotFound(slug), http, cancellationToken);
}
