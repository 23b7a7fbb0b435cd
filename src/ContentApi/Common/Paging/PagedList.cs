namespace ContentApi.Common.Paging;

/// <summary>What the paging headers need to know of any list answer.</summary>
public interface IPagedList
{
    PageMeta Meta { get; }
}

/// <summary>The envelope every list endpoint answers with.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, PageMeta Meta) : IPagedList;

/// <param name="Page">This page's number, from 1; null when paging with `after`.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Total">Items in the whole list; null when paging with `after` (no count is made, so every cursor page costs the same).</param>
/// <param name="Pages">Pages in the whole list at this page size; null when paging with `after`.</param>
/// <param name="NextCursor">Pass it as `after` for the items after this page (with either kind of paging); null on the last page.</param>
public sealed record PageMeta(int? Page, int PageSize, int? Total, int? Pages, string? NextCursor);
