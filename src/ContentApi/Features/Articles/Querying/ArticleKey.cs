using ContentApi.Common.Querying;
using ContentApi.Search;

namespace ContentApi.Features.Articles.Querying;

/// <summary>An article's id and the one sort key of the order asked for: all that paging reads.</summary>
internal sealed class ArticleKey
{
    public int Id { get; init; }
    public DateTime? Date { get; init; }
    public string? Text { get; init; }
    public double Score { get; init; }

    public CursorPosition Position(ArticleSort sort) => sort.Key switch
    {
        ArticleSortKey.Title => new CursorPosition(Id, Text: Text),
        ArticleSortKey.Relevance => new CursorPosition(Id, Score: Score),
        _ => new CursorPosition(Id, Date: Date),
    };

    /// <summary>
    /// The filtered articles as keys of the sort; relevance joins the search matches for their score,
    /// or, when nothing narrows the articles, is the matches alone: they hold only visible articles, and
    /// the join would read every hit's row (0.6 s for a word in 80% of 100,000 articles).
    /// </summary>
    public static IQueryable<ArticleKey> Of(IQueryable<Article> articles, bool narrowed, ArticleSort sort, IQueryable<SearchMatch>? matches) => sort.Key switch
    {
        ArticleSortKey.Relevance when !narrowed => matches!.Select(m => new ArticleKey { Id = m.ArticleId, Score = m.Score }),
        ArticleSortKey.PublishedAt => articles.Select(a => new ArticleKey { Id = a.Id, Date = a.PublishedAt }),
        ArticleSortKey.UpdatedAt => articles.Select(a => new ArticleKey { Id = a.Id, Date = a.UpdatedAt }),
        ArticleSortKey.Title => articles.Select(a => new ArticleKey { Id = a.Id, Text = a.Title }),
        _ => articles.Join(matches!, a => a.Id, m => m.ArticleId, (a, m) => new ArticleKey { Id = a.Id, Score = m.Score }),
    };
}
