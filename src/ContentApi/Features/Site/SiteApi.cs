using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Data;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Site;

public static class SiteApi
{
    public static IEndpointRouteBuilder MapSiteApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/site", GetSite).WithTags("Site").WithHttpCaching().WithCacheTags(CacheTags.Any(SiteChanges.TypeName)).WithName(nameof(GetSite))
            .WithSummary("Get the site settings")
            .WithDescription("The publication's name, tagline, description, URL and the donation form it asks donations with. A setting nobody has made is null.");
        return routes;
    }

    public static async Task<Ok<SiteResponse>> GetSite(
        ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Site.AsNoTracking().Where(s => s.Id == SiteSettings.SingletonId).ProjectToType<SiteResponse>(mapping).FirstOrDefaultAsync(cancellationToken)
            ?? SiteResponse.Unset);
}
