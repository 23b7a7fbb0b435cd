using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using FluentValidation;

namespace ContentApi.Features.Media;

/// <summary>What an editor says about an image. On upload these come as form fields (focal point as `x,y`) or query parameters; PUT and PATCH take them as JSON. Unknown fields are refused.</summary>
/// <param name="Alt">Text for `alt`: what the image shows, for readers who cannot see it.</param>
/// <param name="Caption">A caption shown under the image.</param>
/// <param name="Credit">Who to credit: photographer, agency.</param>
/// <param name="FocalPoint">The point crops keep in frame, x and y from 0 to 1; left out: the centre.</param>
/// <param name="Slug">The URL file name without its extension, e.g. `rocket-attack`; left out: derived from the uploaded file's name, kept on replace.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record MediaRequest(string? Alt, string? Caption, string? Credit, FocalPoint? FocalPoint, string? Slug) : IHasExample<MediaRequest>
{
    public static MediaRequest Example => new("US troops at a base in eastern Syria", "The base came under rocket fire on Monday.", "Reuters", new FocalPoint(0.5, 0.35), "rocket-attack");
}

public sealed class MediaRequestValidator : AbstractValidator<MediaRequest>
{
    public const int MaxAlt = 1000;
    public const int MaxCaption = 2000;
    public const int MaxCredit = 300;

    public MediaRequestValidator()
    {
        RuleFor(r => r.Alt).MaximumLength(MaxAlt).OverridePropertyName("alt");
        RuleFor(r => r.Caption).MaximumLength(MaxCaption).OverridePropertyName("caption");
        RuleFor(r => r.Credit).MaximumLength(MaxCredit).OverridePropertyName("credit");
        RuleFor(r => r.FocalPoint!.X).InclusiveBetween(0, 1).When(r => r.FocalPoint is not null).OverridePropertyName("focalPoint.x")
            .WithMessage("'{PropertyValue}' is outside 0..1: x runs from 0 (left edge) to 1 (right edge).");
        RuleFor(r => r.FocalPoint!.Y).InclusiveBetween(0, 1).When(r => r.FocalPoint is not null).OverridePropertyName("focalPoint.y")
            .WithMessage("'{PropertyValue}' is outside 0..1: y runs from 0 (top edge) to 1 (bottom edge).");
        RuleFor(r => r.Slug).MustBeSlug().OverridePropertyName("slug");
    }
}
