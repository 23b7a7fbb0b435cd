using System.Linq.Expressions;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles.Counting;
using ContentApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// Which list: a route name (cursors are bound to it), what the route itself restricts to (an author, a tag),
/// the kept count of that restriction and the cache tag that restriction evicts by.
/// </summary>
public sealed record ArticleListScope(string Route, Expression<Func<Article, bool>>? Restrict = null, ArticleCountKey? Counted = null, string? CacheTag = null);

/// <summary>
/// Every article list (all articles, an author's, a tag's, search): visible articles, filtered,
/// searched, ordered, one page of keys, then the page's entries. Used by the endpoints as a service.
/// </summary>
public sealed class ArticleListing(ContentDbContext db, ISearchIndex search, CursorCodec cursors, ArticleEntries entries, ListCounts counts, ListSizes sizes, ArticleSlugIds slugIds, IPreparedReads reads)
{
    /// <returns>The page, or a 400 for a cursor of another list. (The 404 case is the routes': an unknown author or tag.)</returns>
    public async Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> ListAsync(
        ArticleListScope scope, ArticleListQuery query, PageQuery paging, ArticleSort defaultSort, CancellationToken cancellationToken)
    {
        var request = ArticleListRequest.From(query, defaultSort);
        var cursorScope = request.CursorScope(scope.Route);
        CursorPosition? after = null;
        if (paging.After is { } token && !cursors.TryDecode(token, cursorScope, out after, out var error))
        {
            return Problems.Invalid("after", error);
        }

        var visible = db.Articles.AsNoTracking().Visible();
        var articles = scope.Restrict is null ? visible : visible.Where(scope.Restrict);
        var restricted = articles;
        (articles, var filterCounted) = await ArticleFilters.ApplyAsync(articles, request, db, slugIds, cancellationToken);
        var narrowed = !ReferenceEquals(articles, visible);
        var counted = request.Search is not null ? null
            : ReferenceEquals(articles, restricted) ? scope.Counted ?? (scope.Restrict is null ? ArticleCountKey.All : null)
            : scope.Restrict is null ? filterCounted : null;
        // By relevance the matches are the keys (their scores order them); in any other order the search only filters.
        var matches = request.Search is { } q && request.Sort.Key == ArticleSortKey.Relevance ? search.Search(q) : null;
        if (request.Search is { } searched && matches is null)
        {
            articles = await search.WhereMatchingAsync(articles, searched, cancellationToken);
        }
        var keys = ArticleKey.Of(articles, narrowed, request.Sort, matches);

        // The first pages of a search over every visible article: from the index's best matches, when it can tell them.
        var best = after is null && request.Search is { } top && request.Sort.Key == ArticleSortKey.Relevance && !narrowed
            ? await ArticlePager.PageOfBestAsync(search, top, paging, cancellationToken)
            : null;
        var (page, meta, more) = best
            ?? (after is null
                ? await ArticlePager.PageByNumberAsync(reads, keys, request.Sort, paging,
                    await sizes.GetAsync(cursorScope, () => SizesAsync(keys, counted, request.Sort, cancellationToken), cancellationToken), cancellationToken)
                : await ArticlePager.PageAfterAsync(reads, keys, request.Sort, paging, after, cancellationToken));
        var scores = request.Sort.Key == ArticleSortKey.Relevance ? page.ToDictionary(k => k.Id, k => k.Score) : null;
        var items = await entries.LoadAsync(page.ConvertAll(k => k.Id), request, scores, cancellationToken);
        var next = more ? cursors.Encode(cursorScope, page[^1].Position(request.Sort)) : null;
        return new ArticleListResult(new PagedList<ArticleListEntry>(items, meta with { NextCursor = next }), ArticleListShape.Of(request))
        {
            CacheTags = ArticleCacheTags.Of(scope, request, items),
        };
    }

    /// <summary>
    /// The order's segment sizes: from the kept counts where the list has one and the order's segments follow the
    /// publication date (or are one), else counted.
    /// </summary>
    private async Task<IReadOnlyList<int>> SizesAsync(IQueryable<ArticleKey> keys, ArticleCountKey? counted, ArticleSort sort, CancellationToken cancellationToken)
    {
        if (counted is null || sort.Key is not (ArticleSortKey.PublishedAt or ArticleSortKey.Title))
        {
            return await ArticlePager.CountAsync(keys, ArticleOrder.Segments(sort), cancellationToken);
        }
        var (total, undated) = await counts.ReadAsync(counted, cancellationToken);
        return sort.Key == ArticleSortKey.Title ? [total] : [total - undated, undated];
    }
}
