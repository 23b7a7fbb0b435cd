using ContentApi.Common.OpenApi;
using ContentApi.Common.Querying;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Common.Paging;

/// <summary>Paging of a list endpoint: by page number, or by cursor (keyset) with after.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 15;
    public const int MaxPageSize = 100;

    [FromQuery(Name = "page")]
    [IntegerParameter(1, int.MaxValue, 1, "Page number, from 1. A page past the last one answers an empty `items`. Not with `after`.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [IntegerParameter(1, MaxPageSize, DefaultPageSize, "Items per page, from 1 to 100.")]
    public string? PageSize { get; init; }

    /// <summary>
    /// Cursor paging: the `meta.nextCursor` of the page before, opaque. Continues the same list (same route,
    /// sort, filters and `q`) right after that page's last item; items published meanwhile do not shift or
    /// repeat it. Then `meta.page`, `meta.total` and `meta.pages` are null. Not with `page`. Cursors end
    /// when the server restarts unless it has a fixed `Cursors:Key`. Example: `after=eyJzIjoi…` (copied from `meta.nextCursor`).
    /// </summary>
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    public int PageNumber => QueryInteger.ValueOr(Page, 1);
    public int Size => QueryInteger.ValueOr(PageSize, DefaultPageSize);
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).MustBeWholeNumber("page", 1, int.MaxValue);
        RuleFor(q => q.PageSize).MustBeWholeNumber("pageSize", 1, PageQuery.MaxPageSize);
        RuleFor(q => q.After).Must(after => after!.Length <= CursorCodec.MaxLength).When(q => q.After is not null)
            .OverridePropertyName("after").WithMessage(CursorCodec.Unreadable);
        RuleFor(q => q.After).Null().When(q => q.Page is not null)
            .OverridePropertyName("after")
            .WithMessage("Give page or after, not both: page jumps to a page number, after continues from a cursor (meta.nextCursor).");
    }
}
