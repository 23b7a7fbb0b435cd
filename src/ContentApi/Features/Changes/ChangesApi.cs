using ContentApi.Common.Auth;
using ContentApi.Common.Caching;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Features.Changes;

/// <summary>The change feed: how a mirror (a mobile app, a static build, a search index) learns of every change, deletions included.</summary>
public static class ChangesApi
{
    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/changes", ListChanges).WithName(nameof(ListChanges)).WithTags("Changes")
            .WithValidation().WithHttpCaching().WithCacheTags(CacheTags.AnyChange)
            .WithSummary("Every change to the content, in commit order")
            .WithDescription("""
                The change feed of the public content: each item is an `upsert` (the item is in the public view now: an article published, edited, given a new slug, or a scheduled article come due) or a `delete` (an item, or one of its slugs, left it: an article unpublished, archived or deleted, an old slug retired, an author, tag or form deleted). Start without `since` to receive the whole site, then store `meta.nextCursor` and ask with `since` again: nothing is skipped or repeated, across restarts and instances. `include=data` carries each upserted item as its item endpoint serves it. `view=preview` (a key with content:write) is the editors' view: drafts and scheduled articles too.
                """);
        return routes;
    }

    public static async Task<Results<Ok<ChangeFeedPage>, ChallengeHttpResult, ForbidHttpResult>> ListChanges(
        [AsParameters] ChangeFeedQuery query, ChangeFeedReader reader, HttpContext http, CancellationToken cancellationToken)
    {
        if (query.IsPreview && !http.User.CanWrite())
        {
            return http.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
        }
        return TypedResults.Ok(await reader.ReadAsync(query, cancellationToken));
    }
}
