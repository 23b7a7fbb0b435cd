using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Related;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles;

public sealed record RelatedQuery
{
    public const int DefaultLimit = 6;
    public const int MaxLimit = RelatedTuning.ListSize;

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
