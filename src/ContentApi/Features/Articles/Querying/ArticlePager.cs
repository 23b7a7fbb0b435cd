using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Data;
using ContentApi.Search;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// One page of keys, walking the order's segments: by page number (the segments' sizes, OFFSET) or after a
/// cursor (seek, no count).
/// </summary>
internal static class ArticlePager
{
    public static async Task<(List<ArticleKey> Keys, PageMeta Meta, bool More)> PageByNumberAsync(
        IPreparedReads reads, IQueryable<ArticleKey> keys, ArticleSort sort, PageQuery query, IReadOnlyList<int> counts, CancellationToken cancellationToken)
    {
        var segments = ArticleOrder.Segments(sort);
        var total = counts.Sum();
        var page = new List<ArticleKey>();
        if (PagingExtensions.Offset(query, total) is { } offset)
        {
            var skip = offset;
            for (var i = 0; i < segments.Count && page.Count < query.Size; i++)
            {
                if (skip >= counts[i])
                {
                    skip -= counts[i];
                    continue;
                }
                page.AddRange(await reads.ToListAsync(segments[i].Order(segments[i].Rows(keys)).Skip(skip).Take(query.Size - page.Count), ArticleKey.Read, cancellationToken));
                skip = 0;
            }
        }
        var more = page.Count > 0 && PagingExtensions.Offset(query, total) + page.Count < total;
        return (page, PagingExtensions.Meta(query, total), more);
    }

    /// <summary>
    /// A page by number among a search's best matches, without ranking every match; null past the first
    /// <see cref="PageQuery.MaxPageSize"/> matches or when the index cannot tell its best ones.
    /// </summary>
    public static async Task<(List<ArticleKey> Keys, PageMeta Meta, bool More)?> PageOfBestAsync(
        ISearchIndex search, SearchQuery searched, PageQuery query, CancellationToken cancellationToken)
    {
        var end = (long)query.PageNumber * query.Size;
        if (end > PageQuery.MaxPageSize || await search.TopAsync(searched, (int)end, cancellationToken) is not { } best)
        {
            return null;
        }
        var skip = (int)end - query.Size;
        var page = best.Matches.Skip(skip).Select(m => new ArticleKey { Id = m.ArticleId, Score = m.Score }).ToList();
        return (page, PagingExtensions.Meta(query, best.Total), page.Count > 0 && skip + page.Count < best.Total);
    }

    /// <summary>Every segment's size in one statement: each segment's own index range, tagged with its place, counted by tag.</summary>
    public static async Task<IReadOnlyList<int>> CountAsync(IQueryable<ArticleKey> keys, IReadOnlyList<ArticleOrderSegment> segments, CancellationToken cancellationToken)
    {
        var tagged = segments.Select((segment, i) => segment.Rows(keys).Select(k => new { Segment = i, k.Id })).Aggregate(Queryable.Concat);
        var found = await tagged.GroupBy(k => k.Segment).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return segments.Select((_, i) => found.GetValueOrDefault(i)).ToList();
    }

    public static async Task<(List<ArticleKey> Keys, PageMeta Meta, bool More)> PageAfterAsync(
        IPreparedReads reads, IQueryable<ArticleKey> keys, ArticleSort sort, PageQuery query, CursorPosition after, CancellationToken cancellationToken)
    {
        var segments = ArticleOrder.Segments(sort);
        var take = query.Size + 1;
        var page = new List<ArticleKey>();
        var start = Math.Max(0, segments.ToList().FindIndex(s => s.Holds(after)));
        for (var i = start; i < segments.Count && page.Count < take; i++)
        {
            // The cursor's bound goes first: SQLite starts an index range at the first bound on the sort key,
            // and the segment's own "date <= now" first made page 5,000 walk every newer entry (16 ms, not 1).
            var continued = i == start ? segments[i].Rows(segments[i].After(keys, after)) : segments[i].Rows(keys);
            page.AddRange(await reads.ToListAsync(segments[i].Order(continued).Take(take - page.Count), ArticleKey.Read, cancellationToken));
        }
        var more = page.Count > query.Size;
        return (page.Take(query.Size).ToList(), new PageMeta(null, query.Size, null, null, null), more);
    }
}
