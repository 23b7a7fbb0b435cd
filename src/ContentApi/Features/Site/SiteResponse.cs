using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Site;

/// <summary>The publication's settings. Fields it has not given are null.</summary>
/// <param name="Name">The publication's name.</param>
/// <param name="Tagline">Its tagline.</param>
/// <param name="Description">A description of the publication.</param>
/// <param name="Url">Its public website: article canonical URLs, feeds and sitemaps are built on it.</param>
/// <param name="LogoUrl">The publisher's logo, used in the articles' page head (`seo.jsonLd.publisher.logo`).</param>
/// <param name="DefaultDonationFormId">The donation form the site asks donations with (see /api/v1/donation-forms/{id}).</param>
public sealed record SiteResponse(string? Name, string? Tagline, string? Description, string? Url, string? LogoUrl, int? DefaultDonationFormId)
    : IHasExample<SiteResponse>
{
    public static SiteResponse Example => new("The Liberum", null, null, null, null, 6);

    public static readonly SiteResponse Unset = new(null, null, null, null, null, null);
}
