using ContentApi.Common.Paging;
using Mapster;

namespace ContentApi.Features.Articles;

/// <summary>The one way every article list is answered: visible articles, newest first, as list items, paged.</summary>
public static class ArticleLists
{
    public static Task<PagedList<ArticleListItem>> ToArticlePageAsync(
        this IQueryable<Article> articles, PageQuery query, TypeAdapterConfig mapping, CancellationToken cancellationToken) =>
        articles.Visible().NewestFirst()
            .ProjectToType<ArticleListItem>(mapping)
            .ToPagedListAsync(query, cancellationToken);
}
