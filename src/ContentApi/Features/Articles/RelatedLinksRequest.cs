using ContentApi.Common.Validation;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>An article's editor-chosen related articles ("More articles you might like"), in order.</summary>
/// <param name="Articles">Slugs of the related articles, first shown first.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RelatedLinksRequest([property: Required] IReadOnlyList<string>? Articles) : IHasExample<RelatedLinksRequest>
{
    public static RelatedLinksRequest Example => new([
        "when-reform-meets-resistance-the-fate-of-hezbollahs-weapons",
        "syrias-islamist-led-government-is-failing-to-live-up-to-its-pledge-to-protect-its-people"]);
}

/// <summary>The editor's related articles of an article, in order: drafts among them included (readers only ever see the published ones).</summary>
/// <param name="Articles">Slugs, first shown first.</param>
public sealed record RelatedLinksResponse(IReadOnlyList<string> Articles) : IHasExample<RelatedLinksResponse>
{
    public static RelatedLinksResponse Example => new(RelatedLinksRequest.Example.Articles!);
}

public sealed class RelatedLinksRequestValidator : RequestValidator<RelatedLinksRequest>
{
    public RelatedLinksRequestValidator(ContentDbContext db)
    {
        RuleFor(r => r.Articles).NotNull().OverridePropertyName("articles").WithMessage("articles lists the related slugs, in order ([] for none).");
        RuleFor(r => r.Articles!.Count).LessThanOrEqualTo(RelatedQuery.MaxLimit).When(r => r.Articles is not null)
            .OverridePropertyName("articles").WithMessage($"An article has at most {RelatedQuery.MaxLimit} related articles.");
        RuleFor(r => r.Articles).Must(a => a!.Distinct().Count() == a!.Count).When(r => r.Articles is not null)
            .OverridePropertyName("articles").WithMessage("An article is listed twice.");
        RuleFor(r => r.Articles).CustomAsync(async (slugs, context, ct) =>
        {
            var known = await db.Articles.Where(a => slugs!.Contains(a.Slug) && a.DeletedAt == null).Select(a => a.Slug).ToListAsync(ct);
            foreach (var missing in slugs!.Except(known))
            {
                context.AddFailure("articles", $"No article has the slug '{missing}'.");
            }
        }).When(r => r.Articles is not null);
    }
}
