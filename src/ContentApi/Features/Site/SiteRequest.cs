using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Site;

/// <summary>The publication's settings as written by an editor. Unknown fields are refused.</summary>
/// <param name="Name">The publication's name.</param>
/// <param name="Tagline">Its tagline.</param>
/// <param name="Description">A description of the publication, plain text.</param>
/// <param name="Url">Its public website, absolute http(s).</param>
/// <param name="LogoUrl">The publisher's logo, an absolute http(s) URL of an image.</param>
/// <param name="DefaultDonationFormId">The id of the donation form the site asks donations with.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SiteRequest(string? Name, string? Tagline, string? Description, [property: HttpUrl] string? Url, [property: HttpUrl] string? LogoUrl, int? DefaultDonationFormId)
    : IHasExample<SiteRequest>
{
    public static SiteRequest Example => new("The Liberum", "Vox Populi, Vox Dei", null, "https://theliberum.com", "https://theliberum.com/logo.png", 6);
}

public sealed class SiteRequestValidator : RequestValidator<SiteRequest>
{
    public SiteRequestValidator(ContentDbContext db)
    {
        RuleFor(r => r.Name).MaximumLength(200).OverridePropertyName("name");
        RuleFor(r => r.Tagline).MaximumLength(500).OverridePropertyName("tagline");
        RuleFor(r => r.Description).MaximumLength(5000).OverridePropertyName("description");
        RuleFor(r => r.Url).MustBeHttpUrl().OverridePropertyName("url");
        RuleFor(r => r.LogoUrl).MustBeHttpUrl().OverridePropertyName("logoUrl");
        RuleFor(r => r.DefaultDonationFormId).MustAsync((id, ct) => db.DonationForms.AnyAsync(f => f.Id == id, ct))
            .When(r => r.DefaultDonationFormId is not null).OverridePropertyName("defaultDonationFormId")
            .WithMessage("No donation form has the id {PropertyValue}.");
    }
}
