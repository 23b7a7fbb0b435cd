using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles;

/// <summary>`preview=true` lets a write key read an article whatever its status (drafts, scheduled, archived).</summary>
public sealed record PreviewQuery
{
    /// <summary>`true` to read drafts and scheduled articles too; needs a key with content:write.</summary>
    [FromQuery(Name = "preview")]
    public string? Preview { get; init; }

    public bool IsPreview => string.Equals(Preview, "true", StringComparison.OrdinalIgnoreCase);
}

public sealed class PreviewQueryValidator : AbstractValidator<PreviewQuery>
{
    public PreviewQueryValidator() =>
        RuleFor(q => q.Preview)
            .Must(p => p is null || p.Equals("true", StringComparison.OrdinalIgnoreCase) || p.Equals("false", StringComparison.OrdinalIgnoreCase))
            .OverridePropertyName("preview").WithMessage("preview must be true or false; got '{PropertyValue}'.");
}
