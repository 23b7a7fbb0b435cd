using ContentApi.Common.Validation;
using ContentApi.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Every rule of an article write; references are checked against the database, all problems reported at once.</summary>
public sealed class ArticleRequestValidator : RequestValidator<ArticleRequest>
{
    public const int MaxTags = 20;

    public ArticleRequestValidator(ContentDbContext db)
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(500).OverridePropertyName("title");
        RuleFor(r => r.Slug).MustBeSlug().OverridePropertyName("slug");
        RuleFor(r => r.BodyMarkdown).Null().When(r => r.BodyHtml is not null).OverridePropertyName("bodyMarkdown")
            .WithMessage("Give bodyHtml or bodyMarkdown, not both.");
        RuleFor(r => r.BodyHtml).Must(html => BodyNesting.OfHtml(html!) <= BodyNesting.MaxDepth).When(r => r.BodyHtml is not null)
            .OverridePropertyName("bodyHtml").WithMessage(r => BodyNesting.Message("bodyHtml", BodyNesting.OfHtml(r.BodyHtml!)));
        RuleFor(r => r.BodyMarkdown).Must(md => BodyNesting.OfMarkdown(md!) <= BodyNesting.MaxDepth).When(r => r.BodyMarkdown is not null)
            .OverridePropertyName("bodyMarkdown").WithMessage(r => BodyNesting.Message("bodyMarkdown", BodyNesting.OfMarkdown(r.BodyMarkdown!)));
        RuleFor(r => r.Excerpt).MaximumLength(2000).OverridePropertyName("excerpt");
        RuleFor(r => r.Status).MustBeOneOf(Enum.GetNames<ArticleStatus>()).OverridePropertyName("status");
        RuleFor(r => r.PublishedAt).NotNull().When(r => IsStatus(r, ArticleStatus.Scheduled)).OverridePropertyName("publishedAt")
            .WithMessage("A scheduled article needs publishedAt: the moment it becomes visible.");
        RuleFor(r => r.PublishedAt).MustBeReasonableDate().OverridePropertyName("publishedAt");
        RuleFor(r => r.Author).MustAsync((slug, ct) => db.Authors.AnyAsync(a => a.Slug == slug, ct)).When(r => r.Author is not null)
            .OverridePropertyName("author").WithMessage("No author has the slug '{PropertyValue}'.");
        RuleFor(r => r.Tags).Must(t => t!.Count <= MaxTags).When(r => r.Tags is not null).OverridePropertyName("tags")
            .WithMessage($"An article has at most {MaxTags} tags.");
        RuleFor(r => r.Tags).Must(t => t!.Distinct().Count() == t!.Count).When(r => r.Tags is not null).OverridePropertyName("tags")
            .WithMessage("A tag is listed twice.");
        RuleFor(r => r.Tags).CustomAsync(async (tags, context, ct) =>
        {
            var known = await db.Tags.Where(t => tags!.Contains(t.Slug)).Select(t => t.Slug).ToListAsync(ct);
            foreach (var missing in tags!.Except(known))
            {
                context.AddFailure("tags", $"No tag has the slug '{missing}'.");
            }
        }).When(r => r.Tags is not null);
        RuleFor(r => r.Source!.Name).NotEmpty().MaximumLength(200).When(r => r.Source is not null).OverridePropertyName("source.name");
        RuleFor(r => r.Source!.Url).MustBeHttpUrl().When(r => r.Source is not null).OverridePropertyName("source.url");
        RuleFor(r => r.DonationFormId).MustAsync((id, ct) => db.DonationForms.AnyAsync(f => f.Id == id, ct)).When(r => r.DonationFormId is not null)
            .OverridePropertyName("donationFormId").WithMessage("No donation form has the id {PropertyValue}.");
        RuleFor(r => r.CanonicalUrl).MustBeHttpUrl().OverridePropertyName("canonicalUrl");
        RuleFor(r => r.FeaturedImageId).MustAsync((id, ct) => db.Set<Media.MediaItem>().AnyAsync(m => m.Id == id, ct)).When(r => r.FeaturedImageId is not null)
            .OverridePropertyName("featuredImageId").WithMessage("No image has the id {PropertyValue} (see /api/v1/media).");
    }

    internal static bool IsStatus(ArticleRequest request, ArticleStatus status) =>
        string.Equals(request.Status, status.ToString(), StringComparison.OrdinalIgnoreCase);
}
