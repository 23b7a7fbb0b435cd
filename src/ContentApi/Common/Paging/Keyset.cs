using ContentApi.Common.Querying;

namespace ContentApi.Common.Paging;

/// <summary>
/// What paging needs of a list: its total order, the rows after a position in that order (keyset,
/// no OFFSET), the projection of a page's rows, and a projected row's position. Order and After
/// work on the stored rows, where the database has indexes; After must select exactly the rows
/// that come later in Order.
/// </summary>
public sealed record Keyset<TSource, TRow>(
    Func<IQueryable<TSource>, IOrderedQueryable<TSource>> Order,
    Func<IQueryable<TSource>, CursorPosition, IQueryable<TSource>> After,
    Func<IQueryable<TSource>, IQueryable<TRow>> Project,
    Func<TRow, CursorPosition> PositionOf);
