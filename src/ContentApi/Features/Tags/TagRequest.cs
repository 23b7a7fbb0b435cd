using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using FluentValidation;

namespace ContentApi.Features.Tags;

/// <summary>A tag as written by an editor. Unknown fields are refused.</summary>
/// <param name="Name">The tag's name.</param>
/// <param name="Slug">The URL name; left out: derived from the name on create, kept on replace.</param>
/// <param name="Description">What the tag covers, plain text.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TagRequest([property: Required] string? Name, string? Slug, string? Description) : IHasExample<TagRequest>
{
    public static TagRequest Example => new("Syria", "syria", "News and opinion on Syria.");
}

public sealed class TagRequestValidator : RequestValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
        RuleFor(r => r.Slug).MustBeSlug().OverridePropertyName("slug");
        RuleFor(r => r.Description).MaximumLength(2000).OverridePropertyName("description");
    }
}
