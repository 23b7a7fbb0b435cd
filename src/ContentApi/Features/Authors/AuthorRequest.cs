using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using ContentApi.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>An author as written by an editor. Unknown fields are refused.</summary>
/// <param name="Name">The name shown in bylines.</param>
/// <param name="Slug">The URL name; left out: derived from the name on create, kept on replace.</param>
/// <param name="Bio">A short biography, plain text.</param>
/// <param name="Website">The author's website, absolute http(s).</param>
/// <param name="Twitter">The author's X/Twitter profile, absolute http(s), e.g. `https://x.com/theliberum`.</param>
/// <param name="Facebook">The author's Facebook page, absolute http(s).</param>
/// <param name="AvatarId">The id of the author's picture in the media library (see /api/v1/media); null for none.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuthorRequest(
    [property: Required] string? Name, string? Slug, string? Bio,
    [property: HttpUrl] string? Website, [property: HttpUrl(AuthorRequestValidator.MaxProfileUrlLength)] string? Twitter,
    [property: HttpUrl(AuthorRequestValidator.MaxProfileUrlLength)] string? Facebook, int? AvatarId = null)
    : IHasExample<AuthorRequest>
{
    /// <summary>The seed's author box with no slug: replacing the-liberum with it changes nothing, creating it derives a free slug.</summary>
    public static AuthorRequest Example => new("The Liberum", null, "Vox Populi, Vox Dei", null, null, null);
}

public sealed class AuthorRequestValidator : RequestValidator<AuthorRequest>
{
    public const int MaxProfileUrlLength = 200;

    public AuthorRequestValidator(ContentDbContext db)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
        RuleFor(r => r.Slug).MustBeSlug().OverridePropertyName("slug");
        RuleFor(r => r.Bio).MaximumLength(5000).OverridePropertyName("bio");
        RuleFor(r => r.Website).MustBeHttpUrl().OverridePropertyName("website");
        RuleFor(r => r.Twitter).MustBeHttpUrl(MaxProfileUrlLength).OverridePropertyName("twitter");
        RuleFor(r => r.Facebook).MustBeHttpUrl(MaxProfileUrlLength).OverridePropertyName("facebook");
        RuleFor(r => r.AvatarId).MustAsync((id, ct) => db.Set<Media.MediaItem>().AnyAsync(m => m.Id == id, ct)).When(r => r.AvatarId is not null)
            .OverridePropertyName("avatarId").WithMessage("No image has the id {PropertyValue} (see /api/v1/media).");
    }
}
