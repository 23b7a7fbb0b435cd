using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Paging;

public static class PagingExtensions
{
    /// <summary>One page of a list, by page number or after a cursor; a bad cursor is a 400.</summary>
    public static Task<Results<Ok<PagedList<TRow>>, ValidationProblem>> ToPageAsync<TSource, TRow>(
        this IQueryable<TSource> rows, PageQuery query, Keyset<TSource, TRow> keyset, string scope, CursorCodec cursors,
        CancellationToken cancellationToken) =>
        rows.ToPageAsync(query, keyset, scope, cursors, row => row, cancellationToken);

    /// <summary>As above, mapping each loaded row in memory.</summary>
    public static async Task<Results<Ok<PagedList<T>>, ValidationProblem>> ToPageAsync<TSource, TRow, T>(
        this IQueryable<TSource> rows, PageQuery query, Keyset<TSource, TRow> keyset, string scope, CursorCodec cursors,
        Func<TRow, T> map, CancellationToken cancellationToken)
    {
        CursorPosition? after = null;
        if (query.After is { } token && !cursors.TryDecode(token, scope, out after, out var error))
        {
            return Problems.Invalid("after", error);
        }
        var size = query.Size;
        List<TRow> page;
        PageMeta meta;
        bool more;
        if (after is null)
        {
            var total = await rows.CountAsync(cancellationToken);
            var skip = Offset(query, total);
            page = skip is { } offset
                ? await keyset.Project(keyset.Order(rows).Skip(offset).Take(size)).ToListAsync(cancellationToken)
                : [];
            meta = Meta(query, total);
            more = page.Count > 0 && skip + page.Count < total;
        }
        else
        {
            page = await keyset.Project(keyset.Order(keyset.After(rows, after)).Take(size + 1)).ToListAsync(cancellationToken);
            more = page.Count > size;
            page = page.Take(size).ToList();
            meta = new PageMeta(null, size, null, null, null);
        }
        var next = more ? cursors.Encode(scope, keyset.PositionOf(page[^1])) : null;
        return TypedResults.Ok(new PagedList<T>(page.ConvertAll(row => map(row)), meta with { NextCursor = next }));
    }

    /// <summary>The rows to skip for a page number; null past the end.</summary>
    public static int? Offset(PageQuery query, int total)
    {
        // Computed in long first: page * size can overflow int for absurd but valid pages.
        var skip = (long)(query.PageNumber - 1) * query.Size;
        return skip >= total ? null : (int)skip;
    }

    public static PageMeta Meta(PageQuery query, int total) =>
        new(query.PageNumber, query.Size, total, (int)Math.Ceiling(total / (double)query.Size), null);
}
