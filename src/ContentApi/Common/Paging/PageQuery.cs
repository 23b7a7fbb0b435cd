using ContentApi.Common.OpenApi;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Common.Paging;

/// <summary>Page-based paging of a list endpoint.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 15;
    public const int MaxPageSize = 100;

    [FromQuery(Name = "page")]
    [IntegerParameter(1, int.MaxValue, 1, "Page number, from 1. A page past the last one answers an empty `items`.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [IntegerParameter(1, MaxPageSize, DefaultPageSize, "Items per page, from 1 to 100.")]
    public string? PageSize { get; init; }

    public int PageNumber => QueryInteger.ValueOr(Page, 1);
    public int Size => QueryInteger.ValueOr(PageSize, DefaultPageSize);
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).MustBeWholeNumber("page", 1, int.MaxValue);
        RuleFor(q => q.PageSize).MustBeWholeNumber("pageSize", 1, PageQuery.MaxPageSize);
    }
}
