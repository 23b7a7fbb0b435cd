using ContentApi.Common.Caching;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Redirects;

public static class RedirectsApi
{
    public static IEndpointRouteBuilder MapRedirectsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/redirects", ResolveRedirect).WithName(nameof(ResolveRedirect)).WithTags("Redirects").WithHttpCaching()
            .RequireQueryParameters("path")
            .WithSummary("Resolve an old URL")
            .WithDescription("Where an old link (an imported WordPress permalink: its `<link>`, `/?p=ID`, `/?page_id=ID` or `/YYYY/MM/DD/slug/`) lives now: "
                + "the article or page and its URL. `path` takes a path (with its query) or a whole URL; case, percent-encoding and a trailing slash do not matter. "
                + "The old URL itself, requested from this server, answers 301 to the same `location`. 404 when no published article or page has this old URL.")
            .ProducesNotFound("No published article or page had this old URL.", "Nothing lived at '/2019/01/01/no-such-post'.");
        return routes;
    }

    /// <param name="path" example="/2024/05/01/rockets-hit-a-base/">The old URL's path and query (`/about/`, `/?p=42`), or the whole URL.</param>
    public static async Task<Results<Ok<RedirectResponse>, ValidationProblem, ProblemHttpResult>> ResolveRedirect(
        [FromQuery] string? path, RedirectTargets targets, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > OldPath.MaxLength)
        {
            return Problems.Invalid("path", $"Give the old URL's path (e.g. `/2024/05/01/a-slug/` or `/?p=42`) or the whole URL, at most {OldPath.MaxLength} characters.");
        }
        if (OldPath.Normalize(path) is not { } normal)
        {
            return Problems.Invalid("path", "This is the site's root or not a usable path; give a post's old path (`/2024/05/01/a-slug/`) or `/?p=ID`.");
        }
        return await targets.FindAsync(normal, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"Nothing lived at '{normal}'.");
    }
}
