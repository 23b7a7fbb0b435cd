using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using FluentValidation;

namespace ContentApi.Features.Authors;

/// <summary>An author as written by an editor. Unknown fields are refused.</summary>
/// <param name="Name">The name shown in bylines.</param>
/// <param name="Slug">The URL name; left out: derived from the name on create, kept on replace.</param>
/// <param name="Bio">A short biography, plain text.</param>
/// <param name="Website">The author's website, absolute http(s).</param>
/// <param name="Twitter">The author's X/Twitter handle.</param>
/// <param name="Facebook">The author's Facebook page.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuthorRequest(
    [property: Required] string? Name, string? Slug, string? Bio, string? Website, string? Twitter, string? Facebook)
    : IHasExample<AuthorRequest>
{
    /// <summary>The seed's author box with no slug: replacing the-liberum with it changes nothing, creating it derives a free slug.</summary>
    public static AuthorRequest Example => new("The Liberum", null, "Vox Populi, Vox Dei", null, null, null);
}

public sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    public AuthorRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
        RuleFor(r => r.Slug).MustBeSlug().OverridePropertyName("slug");
        RuleFor(r => r.Bio).MaximumLength(5000).OverridePropertyName("bio");
        RuleFor(r => r.Website).MustBeHttpUrl().OverridePropertyName("website");
        RuleFor(r => r.Twitter).MaximumLength(200).OverridePropertyName("twitter");
        RuleFor(r => r.Facebook).MaximumLength(200).OverridePropertyName("facebook");
    }
}
