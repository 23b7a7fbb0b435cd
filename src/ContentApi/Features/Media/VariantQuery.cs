using ContentApi.Common.Paging;
using ContentApi.Media;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Media;

/// <summary>Which variant of an image: size, fit, format and quality, as query parameters.</summary>
public sealed record VariantQuery
{
    /// <summary>Width in pixels, one of `Media:Widths` (160, 320, 480, 640, 800, 960, 1280, 1600, 1920, 2560 by default); never more than the image's own.</summary>
    [FromQuery(Name = "w")] public string? W { get; init; }
    /// <summary>Height in pixels, from 1 to the largest allowed width; never more than the image's own.</summary>
    [FromQuery(Name = "h")] public string? H { get; init; }
    /// <summary>`cover` (fill w x h, cropping around the focal point; the default when both are given) or `contain` (fit inside).</summary>
    [FromQuery(Name = "fit")] public string? Fit { get; init; }
    /// <summary>`auto` (AVIF or WebP as `Accept` allows), `avif`, `webp`, `jpeg` or `png`; left out: the original's format.</summary>
    [FromQuery(Name = "fmt")] public string? Fmt { get; init; }
    /// <summary>Encoder quality from 1 to 100; left out: 82 for JPEG, 80 for WebP, 60 for AVIF.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>The image's version, as the URLs the API gives carry it: with the current one the answer is cacheable for a year.</summary>
    [FromQuery(Name = "v")] public string? V { get; init; }

    public static readonly string[] Formats = ["auto", "avif", "webp", "jpeg", "png"];
    public static readonly string[] Fits = ["cover", "contain"];
}

public sealed class VariantQueryValidator : AbstractValidator<VariantQuery>
{
    public VariantQueryValidator(IOptions<MediaOptions> options)
    {
        var widths = options.Value.AllowedWidths.Order().ToList();
        var largest = widths[^1];
        RuleFor(q => q.W).Must(w => w is null || (int.TryParse(w, out var width) && widths.Contains(width))).OverridePropertyName("w")
            .WithMessage($"'{{PropertyValue}}' is not an allowed width; use one of {string.Join(", ", widths)} (Media:Widths).");
        RuleFor(q => q.H).MustBeWholeNumber("h", 1, largest);
        RuleFor(q => q.Fit).Must(f => f is null || VariantQuery.Fits.Contains(f)).OverridePropertyName("fit")
            .WithMessage($"'{{PropertyValue}}' is not a fit; use {string.Join(" or ", VariantQuery.Fits)}.");
        RuleFor(q => q.Fmt).Must(f => f is null || VariantQuery.Formats.Contains(f)).OverridePropertyName("fmt")
            .WithMessage($"'{{PropertyValue}}' is not a format; use one of {string.Join(", ", VariantQuery.Formats)}.");
        RuleFor(q => q.Q).MustBeWholeNumber("q", 1, 100);
    }
}
