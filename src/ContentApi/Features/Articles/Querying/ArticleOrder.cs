using ContentApi.Common.Querying;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// A sort as consecutive segments, each a plain index-friendly order: a date order is "dated items by
/// date, then id" followed by "undated items by id". Each segment's After is a keyset seek
/// (key &lt;= k AND (key &lt; k OR id &gt; i)), so a cursor page costs the same wherever it is.
/// </summary>
internal sealed record ArticleOrderSegment(
    Func<IQueryable<ArticleKey>, IQueryable<ArticleKey>> Rows,
    Func<IQueryable<ArticleKey>, IOrderedQueryable<ArticleKey>> Order,
    Func<IQueryable<ArticleKey>, CursorPosition, IQueryable<ArticleKey>> After,
    Func<CursorPosition, bool> Holds);

internal static class ArticleOrder
{
    public static IReadOnlyList<ArticleOrderSegment> Segments(ArticleSort sort) => sort switch
    {
        { KeyIsNullable: true, Descending: true } =>
        [
            new(Dated(sort),
                keys => keys.OrderByDescending(k => k.Date).ThenBy(k => k.Id),
                (keys, p) => keys.Where(k => k.Date <= p.Date && (k.Date < p.Date || k.Id > p.Id)),
                p => p.Date != null),
            Undated,
        ],
        { KeyIsNullable: true } =>
        [
            new(Dated(sort),
                keys => keys.OrderBy(k => k.Date).ThenBy(k => k.Id),
                (keys, p) => keys.Where(k => k.Date >= p.Date && (k.Date > p.Date || k.Id > p.Id)),
                p => p.Date != null),
            Undated,
        ],
        { Key: ArticleSortKey.Title, Descending: true } =>
        [
            new(keys => keys,
                keys => keys.OrderByDescending(k => k.Text).ThenBy(k => k.Id),
                (keys, p) => keys.Where(k => k.Text!.CompareTo(p.Text) <= 0 && (k.Text.CompareTo(p.Text) < 0 || k.Id > p.Id)),
                _ => true),
        ],
        { Key: ArticleSortKey.Title } =>
        [
            new(keys => keys,
                keys => keys.OrderBy(k => k.Text).ThenBy(k => k.Id),
                (keys, p) => keys.Where(k => k.Text!.CompareTo(p.Text) >= 0 && (k.Text.CompareTo(p.Text) > 0 || k.Id > p.Id)),
                _ => true),
        ],
        _ =>
        [
            new(keys => keys,
                keys => keys.OrderByDescending(k => k.Score).ThenBy(k => k.Id),
                (keys, p) => keys.Where(k => k.Score <= p.Score && (k.Score < p.Score || k.Id > p.Id)),
                _ => true),
        ],
    };

    // A visible dated article is never published in the future; saying so gives the database a range
    // on the date index, so it reads the index in list order and stops after one page.
    private static Func<IQueryable<ArticleKey>, IQueryable<ArticleKey>> Dated(ArticleSort sort) =>
        sort.Key == ArticleSortKey.PublishedAt
            ? keys => keys.Where(k => k.Date != null && k.Date <= DateTime.UtcNow)
            : keys => keys.Where(k => k.Date != null);

    private static readonly ArticleOrderSegment Undated = new(
        keys => keys.Where(k => k.Date == null),
        keys => keys.OrderBy(k => k.Id),
        (keys, p) => keys.Where(k => k.Id > p.Id),
        p => p.Date == null);
}
