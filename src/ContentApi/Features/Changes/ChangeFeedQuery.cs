using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Changes;

/// <summary>The change feed's parameters, parsed once here.</summary>
public sealed record ChangeFeedQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public static readonly string[] Types = ["article", "author", "tag", "donationForm", "site"];

    /// <summary>The cursor from the previous page's `meta.nextCursor`; leave it out to start from the beginning (a full sync).</summary>
    [FromQuery(Name = "since")]
    public string? Since { get; init; }

    /// <summary>Changes per page, 1 to 1000 (default 100).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    /// <summary>Only these types, comma-separated: `article`, `author`, `tag`, `donationForm`, `site`. Deletions of those types are kept.</summary>
    [FromQuery(Name = "types")]
    public string? TypeList { get; init; }

    /// <summary>`data`: each upsert carries the item as its item endpoint serves it, so a mirror needs no further request.</summary>
    [FromQuery(Name = "include")]
    public string? Include { get; init; }

    /// <summary>`public` (default) or `preview`: drafts and scheduled articles too; needs a key with content:write.</summary>
    [FromQuery(Name = "view")]
    public string? View { get; init; }

    public int LimitValue => QueryInteger.ValueOr(Limit, DefaultLimit);
    public IReadOnlyList<string> TypeValues => CommaList.Split(TypeList);
    public bool IncludeData => string.Equals(Include, "data", StringComparison.Ordinal);
    public bool IsPreview => string.Equals(View, "preview", StringComparison.Ordinal);
}

public sealed class ChangeFeedQueryValidator : AbstractValidator<ChangeFeedQuery>
{
    public ChangeFeedQueryValidator()
    {
        RuleFor(q => q.Limit).MustBeWholeNumber("limit", 1, ChangeFeedQuery.MaxLimit);
        RuleFor(q => q.Since).Must(s => s is null || FeedCursor.TryDecode(s, out _)).OverridePropertyName("since")
            .WithMessage("since must be a cursor from meta.nextCursor of this feed; leave it out to start from the beginning.");
        RuleFor(q => q.TypeList).Must(t => CommaList.Unknown(t, ChangeFeedQuery.Types).Count == 0).OverridePropertyName("types")
            .WithMessage(q => $"types takes {string.Join(", ", ChangeFeedQuery.Types)}; unknown: {string.Join(", ", CommaList.Unknown(q.TypeList, ChangeFeedQuery.Types))}.");
        RuleFor(q => q.Include).Must(i => i is null || i == "data").OverridePropertyName("include")
            .WithMessage("include takes only 'data'; got '{PropertyValue}'.");
        RuleFor(q => q.View).Must(v => v is null or "public" or "preview").OverridePropertyName("view")
            .WithMessage("view must be 'public' or 'preview'; got '{PropertyValue}'.");
    }
}
