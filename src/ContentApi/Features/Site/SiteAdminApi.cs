using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Site;

/// <summary>Writing the site settings: a key with content:write and If-Match.</summary>
public static class SiteAdminApi
{
    public static IEndpointRouteBuilder MapSiteAdminApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPut("/api/v1/site", ReplaceSite).WithName(nameof(ReplaceSite)).WithTags("Site")
            .RequireWriteKey().RequireIfMatch().WithValidation()
            .WithSummary("Replace the site settings").WithDescription("Replaces every setting (a field left out becomes null). Needs `If-Match` with the ETag from GET /api/v1/site.")
            .ProducesWriteProblems(ifMatch: true);
        routes.MapPatch("/api/v1/site", PatchSite).WithName(nameof(PatchSite)).WithTags("Site")
            .RequireWriteKey().RequireIfMatch()
            .Accepts<SiteRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change some site settings").WithDescription("A JSON merge patch (RFC 7396) of the settings. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true);
        return routes;
    }

    public static Task<Results<Ok<SiteResponse>, ProblemHttpResult, ValidationProblem>> ReplaceSite(
        [FromBody] SiteRequest request, ItemWrites writes, SiteSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, spec.LoadAsync, "", request, null, http, cancellationToken);

    public static async Task<Results<Ok<SiteResponse>, ProblemHttpResult, ValidationProblem>> PatchSite(
        ItemWrites writes, SiteSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, spec.LoadAsync, "", null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);
}
