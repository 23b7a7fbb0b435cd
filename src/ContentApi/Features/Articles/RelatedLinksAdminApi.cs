using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Common.Changes;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>
/// An article's editor-chosen related links: read, set (and so reorder), remove one. The list has
/// its own ETag (the article's representation does not include it), and changes need If-Match.
/// </summary>
public static class RelatedLinksAdminApi
{
    public static IEndpointRouteBuilder MapRelatedLinksAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles/{slug}/related-links").WithTags("Articles").RequireWriteKey();
        const string notFound = "No article has this slug, or the related article is not in its list.";
        const string example = "No article has the slug 'no-such-article'.";

        group.MapGet("", GetRelatedLinks).WithName(nameof(GetRelatedLinks))
            .WithSummary("Read an article's related links").WithDescription("The editor's list, in order, drafts included, with its `ETag`.")
            .ProducesNotFound(notFound, example);
        group.MapPut("", SetRelatedLinks).WithName(nameof(SetRelatedLinks)).RequireIfMatch().WithValidation()
            .WithSummary("Set or reorder an article's related links").WithDescription("Replaces the list with the given slugs, in that order. Needs `If-Match` with the list's ETag.")
            .ProducesWriteProblems(ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{relatedSlug}", RemoveRelatedLink).WithName(nameof(RemoveRelatedLink)).RequireIfMatch()
            .WithSummary("Remove one related link").WithDescription("Takes one article out of the list; answers the list left. Needs `If-Match` with the list's ETag.")
            .ProducesWriteProblems(body: false, ifMatch: true).ProducesNotFound(notFound, example);
        return routes;
    }

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug.</param>
    public static async Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult>> GetRelatedLinks(
        string slug, ContentDbContext db, HttpContext http, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await FindAsync(db, slug, cancellationToken) is { } id
            ? TypedResults.Ok(http.Tag(await ReadAsync(db, id, cancellationToken), json))
            : NoArticle(slug);

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug.</param>
    public static async Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult, ValidationProblem>> SetRelatedLinks(
        string slug, [FromBody] RelatedLinksRequest request, ContentDbContext db, ContentWrites writes, HttpContext http,
        JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (request.Articles!.Contains(slug))
        {
            const string itself = "An article cannot be related to itself.";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["articles"] = [itself] }, detail: itself);
        }
        return await WriteAsync(slug, db, writes, http, json, _ => request.Articles, "", cancellationToken) switch
        {
            { Result: Ok<RelatedLinksResponse> ok } => ok,
            { Result: var problem } => (ProblemHttpResult)problem,
        };
    }

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug.</param>
    /// <param name="relatedSlug" example="syrias-islamist-led-government-is-failing-to-live-up-to-its-pledge-to-protect-its-people">The slug of the related article to take out.</param>
    public static Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult>> RemoveRelatedLink(
        string slug, string relatedSlug, ContentDbContext db, ContentWrites writes, HttpContext http,
        JsonSerializerOptions json, CancellationToken cancellationToken) =>
        WriteAsync(slug, db, writes, http, json,
            current => current.Contains(relatedSlug) ? current.Where(s => s != relatedSlug).ToList() : null,
            $"'{relatedSlug}' is not among the related articles of '{slug}'.", cancellationToken);

    /// <summary>Checks If-Match on the list, writes the list <paramref name="next"/> makes of it (null: 404), audits, commits.</summary>
    private static async Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult>> WriteAsync(
        string slug, ContentDbContext db, ContentWrites writes, HttpContext http, JsonSerializerOptions json,
        Func<IReadOnlyList<string>, IReadOnlyList<string>?> next, string notInList, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        if (await FindAsync(db, slug, cancellationToken) is not { } id)
        {
            return NoArticle(slug);
        }
        var current = await ReadAsync(db, id, cancellationToken);
        if (Preconditions.Check(http, ItemETag.Of(current, json)) is { } stale)
        {
            return stale;
        }
        if (next(current.Articles) is not { } slugs)
        {
            return Problems.NotFound(notInList);
        }
        var ids = await db.Articles.Where(a => slugs.Contains(a.Slug) && a.DeletedAt == null).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        if (slugs.FirstOrDefault(s => !ids.ContainsKey(s)) is { } gone)
        {
            return Preconditions.Conflict($"The article '{gone}' was deleted or renamed while this write was on its way; nothing was written.");
        }
        await db.Set<RelatedLink>().Where(l => l.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(slugs.Select((s, position) => new RelatedLink { ArticleId = id, RelatedArticleId = ids[s], Position = position }));
        if (await writes.CommitAsync(transaction, Actor.From(http), ArticleWriter.Resource, () => id, slug, ContentChangeKind.Updated, cancellationToken) is { } failed)
        {
            return failed;
        }
        return TypedResults.Ok(http.Tag(await ReadAsync(db, id, cancellationToken), json));
    }

    private static Task<int?> FindAsync(ContentDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.Slug == slug && a.DeletedAt == null).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    private static async Task<RelatedLinksResponse> ReadAsync(ContentDbContext db, int id, CancellationToken cancellationToken) =>
        new(await db.Set<RelatedLink>().Where(l => l.ArticleId == id && l.RelatedArticle.DeletedAt == null)
            .OrderBy(l => l.Position).Select(l => l.RelatedArticle.Slug).ToListAsync(cancellationToken));

    private static ProblemHttpResult NoArticle(string slug) => Problems.NotFound($"No article has the slug '{slug}'.");
}
