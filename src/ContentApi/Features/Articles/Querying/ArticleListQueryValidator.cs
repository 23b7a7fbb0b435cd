using System.Text.RegularExpressions;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Search;
using FluentValidation;

namespace ContentApi.Features.Articles.Querying;

/// <summary>Each bad value is named with what is allowed; rules that join two parameters name the one to change.</summary>
public sealed partial class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    public const int MaxSlugs = 20;

    public ArticleListQueryValidator()
    {
        RuleFor(q => q.Author).Must(BeSlugs).OverridePropertyName("author").WithMessage(SlugRule("author"));
        RuleFor(q => q.Tag).Must(BeSlugs).OverridePropertyName("tag").WithMessage(SlugRule("tag"));
        RuleFor(q => q.TagMode).Must(m => m is null or "any" or "all").OverridePropertyName("tagMode")
            .WithMessage("tagMode must be one of any, all; got '{PropertyValue}'.");
        RuleFor(q => q.PublishedAfter).Must(PublishedDate.IsValid).OverridePropertyName("publishedAfter")
            .WithMessage($"publishedAfter {PublishedDate.Rule}; got '{{PropertyValue}}'.");
        RuleFor(q => q.PublishedBefore).Must(PublishedDate.IsValid).OverridePropertyName("publishedBefore")
            .WithMessage($"publishedBefore {PublishedDate.Rule}; got '{{PropertyValue}}'.");
        RuleFor(q => q).Must(q => PublishedDate.FirstInstantAfter(q.PublishedAfter) < PublishedDate.FirstInstantNotBefore(q.PublishedBefore))
            .When(q => PublishedDate.FirstInstantAfter(q.PublishedAfter) is not null && PublishedDate.FirstInstantNotBefore(q.PublishedBefore) is not null)
            .OverridePropertyName("publishedBefore").WithMessage("publishedBefore must come after publishedAfter: no date lies between them.");
        RuleFor(q => q.Source).Must(s => s!.Trim().Length is > 0 and <= 200).When(q => q.Source is not null)
            .OverridePropertyName("source").WithMessage("source must be a source's name, 1 to 200 characters; got '{PropertyValue}'.");
        RuleFor(q => q.HasDonationForm).Must(b => b is null or "true" or "false").OverridePropertyName("hasDonationForm")
            .WithMessage("hasDonationForm must be true or false; got '{PropertyValue}'.");
        RuleFor(q => q.Q).Custom((q, context) =>
        {
            if (q is not null && !SearchQueryParser.TryParse(q, out _, out var error))
            {
                context.AddFailure("q", error);
            }
        });
        RuleFor(q => q.Sort).Must(s => s is null || ArticleSort.Find(s) is not null).OverridePropertyName("sort")
            .WithMessage($"sort must be one of {ArticleSort.AllowedText.Replace(",", ", ", StringComparison.Ordinal)}; got '{{PropertyValue}}'.");
        RuleFor(q => q.Sort).Must(s => ArticleSort.Find(s) != ArticleSort.Relevance).When(q => q.Q is null)
            .OverridePropertyName("sort").WithMessage("sort=relevance needs q: relevance is how well an article matches a search.");
        RuleFor(q => q.Fields).Custom((fields, context) => CheckFields(context.InstanceToValidate, context));
        RuleFor(q => q.Include).Must(i => CommaList.Unknown(i, ArticleIncludes.All).Count == 0).OverridePropertyName("include")
            .WithMessage(q => $"include may name {Listed(ArticleIncludes.AllowedText)}; unknown: {string.Join(", ", CommaList.Unknown(q.Include, ArticleIncludes.All))}.");
        RuleFor(q => q.RelatedLimit).MustBeWholeNumber("relatedLimit", 1, ArticleIncludes.MaxRelatedLimit);
        RuleFor(q => q.RelatedLimit).Null().When(q => !CommaList.Canonical(q.Include, ArticleIncludes.All).Contains(ArticleIncludes.Related))
            .OverridePropertyName("relatedLimit").WithMessage("relatedLimit applies only with include=related.");
    }

    private static void CheckFields(ArticleListQuery query, ValidationContext<ArticleListQuery> context)
    {
        if (query.Fields is null)
        {
            return;
        }
        var unknown = CommaList.Unknown(query.Fields, ArticleFields.All);
        if (unknown.Count > 0)
        {
            context.AddFailure("fields", $"fields may name {Listed(ArticleFields.AllowedText)}; unknown: {string.Join(", ", unknown)}.");
            return;
        }
        var fields = CommaList.Canonical(query.Fields, ArticleFields.All);
        if (fields.Count == 0)
        {
            context.AddFailure("fields", $"fields is empty: name one or more of {Listed(ArticleFields.AllowedText)}.");
        }
        var include = CommaList.Canonical(query.Include, ArticleIncludes.All);
        foreach (var embedded in new[] { ArticleIncludes.DonationForm, ArticleIncludes.Related }.Where(f => fields.Contains(f) && !include.Contains(f)))
        {
            context.AddFailure("fields", $"fields names {embedded}, which is only written with include={embedded}.");
        }
        if (query.Q is null && ArticleFields.SearchOnly.FirstOrDefault(fields.Contains) is { } searchOnly)
        {
            context.AddFailure("fields", $"fields names {searchOnly}, which is only written with q (a search).");
        }
    }

    private static bool BeSlugs(string? raw) =>
        raw is null || (CommaList.Split(raw) is { Count: > 0 and <= MaxSlugs } slugs && slugs.All(s => s.Length <= 200 && SlugPattern().IsMatch(s)));

    private static string SlugRule(string name) =>
        $"{name} must be 1 to {MaxSlugs} comma-separated slugs of lowercase letters, digits and hyphens (e.g. ali-albeash,ahsan-ali); got '{{PropertyValue}}'.";

    private static string Listed(string allowed) => allowed.Replace(",", ", ", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
