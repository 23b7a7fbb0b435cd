namespace ContentApi.Features.Articles.Querying;

/// <summary>The description every article list shares in the API document.</summary>
public static class ArticleListDocs
{
    public static string Description(string what) => $"""
        {what}, newest first by default (articles with no known date after the dated ones, then by id).
        Filter with `author`, `tag` (+ `tagMode`), `publishedAfter`, `publishedBefore`, `source`, `hasDonationForm`;
        search with `q`; order with `sort`; shape items with `include` and `fields`. A parameter this list does not take is a 400 that lists the allowed ones.
        Paged by `page` + `pageSize` (with `meta.total`, `meta.pages`) or by cursor: pass `meta.nextCursor` as `after` (keyset paging: any page costs the same as the first, and articles published meanwhile do not shift it).
        Headers: `Link` (RFC 8288: next, prev, first, last where known) and `X-Total-Count` (page paging).
        """;
}
