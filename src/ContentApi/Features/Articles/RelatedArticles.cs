using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles;

/// <summary>"More articles you might like": the editor's picks, in the editor's order.</summary>
public sealed record RelatedArticles(IReadOnlyList<ArticleListItem> Items, RelatedMeta Meta) : IHasExample<RelatedArticles>
{
    public static RelatedArticles Example => new([ArticleExamples.ListItem], new RelatedMeta(RelatedQuery.DefaultLimit, 1));
}

/// <param name="Limit">The most items asked for.</param>
/// <param name="Total">Related articles there are in all (may exceed the limit).</param>
public sealed record RelatedMeta(int Limit, int Total);

public sealed record RelatedQuery
{
    public const int DefaultLimit = 6;
    public const int MaxLimit = 24;

    [FromQuery(Name = "limit")]
    [IntegerParameter(1, MaxLimit, DefaultLimit, "The most related articles to return, from 1 to 24.")]
    public string? Limit { get; init; }

    public int Value => QueryInteger.ValueOr(Limit, DefaultLimit);
}

public sealed class RelatedQueryValidator : AbstractValidator<RelatedQuery>
{
    public RelatedQueryValidator() =>
        RuleFor(q => q.Limit).MustBeWholeNumber("limit", 1, RelatedQuery.MaxLimit);
}
