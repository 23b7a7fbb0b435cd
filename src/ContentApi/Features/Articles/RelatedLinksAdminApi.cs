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
        string slug, RelatedLinksSpec spec, HttpContext http, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await spec.Load(slug)(cancellationToken) is { } article
            ? TypedResults.Ok(http.Tag((await spec.ReadAsync(article.Id, cancellationToken))!, json))
            : Problems.NotFound(ArticleSpec.NotFound(slug));

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug.</param>
    public static async Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult, ValidationProblem>> SetRelatedLinks(
        string slug, [FromBody] RelatedLinksRequest request, ItemWrites writes, RelatedLinksSpec spec, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Articles!.Contains(slug))
        {
            const string itself = "An article cannot be related to itself.";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["articles"] = [itself] }, detail: itself);
        }
        return await writes.UpdateAsync(spec, spec.Load(slug), ArticleSpec.NotFound(slug), request, null, http, cancellationToken);
    }

    /// <param name="slug" example="in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria">The article's slug.</param>
    /// <param name="relatedSlug" example="syrias-islamist-led-government-is-failing-to-live-up-to-its-pledge-to-protect-its-people">The slug of the related article to take out.</param>
    public static async Task<Results<Ok<RelatedLinksResponse>, ProblemHttpResult, ValidationProblem>> RemoveRelatedLink(
        string slug, string relatedSlug, ItemWrites writes, RelatedLinksSpec spec, HttpContext http, CancellationToken cancellationToken)
    {
        // Read before the write's transaction: If-Match, checked inside it, proves the list is still this one.
        if (await spec.Load(slug)(cancellationToken) is not { } article)
        {
            return Problems.NotFound(ArticleSpec.NotFound(slug));
        }
        var current = (await spec.ReadAsync(article.Id, cancellationToken))!.Articles;
        if (!current.Contains(relatedSlug))
        {
            return Problems.NotFound($"'{relatedSlug}' is not among the related articles of '{slug}'.");
        }
        var rest = new RelatedLinksRequest(current.Where(s => s != relatedSlug).ToList());
        return await writes.UpdateAsync(spec, spec.Load(slug), ArticleSpec.NotFound(slug), rest, null, http, cancellationToken);
    }
}
