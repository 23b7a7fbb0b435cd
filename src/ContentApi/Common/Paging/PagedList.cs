using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Paging;

/// <summary>The envelope every list endpoint answers with.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, PageMeta Meta);

/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Pages">Pages in the whole list at this page size.</param>
public sealed record PageMeta(int Page, int PageSize, int Total, int Pages);

public static class PagingExtensions
{
    /// <summary>Runs a count and one page of an ordered, projected query.</summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> orderedQuery, PageQuery query, CancellationToken cancellationToken) =>
        orderedQuery.ToPagedListAsync(query, item => item, cancellationToken);

    /// <summary>Runs a count and one page of an ordered query, mapping each loaded row in memory.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<TSource, T>(
        this IQueryable<TSource> orderedQuery, PageQuery query, Func<TSource, T> map, CancellationToken cancellationToken)
    {
        var total = await orderedQuery.CountAsync(cancellationToken);
        var page = query.PageNumber;
        var size = query.Size;
        var pages = (int)Math.Ceiling(total / (double)size);
        // Skip is computed in long first: page * size can overflow int for absurd but valid pages.
        var skip = (long)(page - 1) * size;
        var items = skip >= total
            ? []
            : (await orderedQuery.Skip((int)skip).Take(size).ToListAsync(cancellationToken)).ConvertAll(item => map(item));
        return new PagedList<T>(items, new PageMeta(page, size, total, pages));
    }
}
