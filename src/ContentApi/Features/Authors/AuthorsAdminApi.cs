using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>Writing authors: a key with content:write; PUT, PATCH and DELETE need If-Match.</summary>
public static class AuthorsAdminApi
{
    public static IEndpointRouteBuilder MapAuthorsAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/authors").WithTags("Authors").RequireWriteKey();
        const string notFound = "No author has this slug.";
        const string example = "No author has the slug 'nobody'.";

        group.MapPost("", CreateAuthor).WithName(nameof(CreateAuthor)).WithValidation()
            .WithSummary("Create an author").WithDescription("Answers 201 with `Location`, the author and its `ETag`. 409 when the given slug is taken.")
            .ProducesWriteProblems(conflict: true);
        group.MapPut("/{slug}", ReplaceAuthor).WithName(nameof(ReplaceAuthor)).RequireIfMatch().WithValidation()
            .WithSummary("Replace an author").WithDescription("Replaces every field; `slug` left out stays. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        group.MapPatch("/{slug}", PatchAuthor).WithName(nameof(PatchAuthor)).RequireIfMatch()
            .Accepts<AuthorRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change part of an author").WithDescription("A JSON merge patch (RFC 7396) of the request shape. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{slug}", DeleteAuthor).WithName(nameof(DeleteAuthor)).RequireIfMatch()
            .WithSummary("Delete an author").WithDescription("Deletes the author for good; 409 while an article (not deleted) credits them. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        return routes;
    }

    public static Task<Results<Created<AuthorResponse>, ProblemHttpResult>> CreateAuthor(
        [FromBody] AuthorRequest request, ItemWrites writes, AuthorSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.CreateAsync(spec, new Author { Slug = "", Name = "" }, request, http, cancellationToken);

    /// <param name="slug" example="the-liberum">The author's slug.</param>
    public static Task<Results<Ok<AuthorResponse>, ProblemHttpResult, ValidationProblem>> ReplaceAuthor(
        string slug, [FromBody] AuthorRequest request, ItemWrites writes, AuthorSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, Load(db, slug), NoAuthor(slug), request, null, http, cancellationToken);

    /// <param name="slug" example="the-liberum">The author's slug.</param>
    public static async Task<Results<Ok<AuthorResponse>, ProblemHttpResult, ValidationProblem>> PatchAuthor(
        string slug, ItemWrites writes, AuthorSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, Load(db, slug), NoAuthor(slug), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    /// <param name="slug" example="the-liberum">The author's slug.</param>
    public static Task<Results<NoContent, ProblemHttpResult>> DeleteAuthor(
        string slug, ItemWrites writes, AuthorSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.DeleteAsync(spec, Load(db, slug), NoAuthor(slug), http, cancellationToken);

    private static Func<CancellationToken, Task<Author?>> Load(ContentDbContext db, string slug) =>
        ct => db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, ct);

    private static string NoAuthor(string slug) => $"No author has the slug '{slug}'.";
}
