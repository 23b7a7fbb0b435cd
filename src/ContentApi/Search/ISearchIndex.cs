using ContentApi.Features.Articles;

namespace ContentApi.Search;

/// <summary>
/// The full-text index of articles (title, excerpt, body). Provider-neutral: endpoints and writers
/// call this; one implementation per database engine holds the engine's SQL. It works on the
/// request's DbContext, so a writer's open transaction covers the index rows too.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Every visible article that matches, with its relevance: composable with the caller's filters, order and paging.</summary>
    IQueryable<SearchMatch> Search(SearchQuery query);

    /// <summary>
    /// The given articles narrowed to those that match, for a list in another order than relevance: no score is
    /// computed, and the engine picks how the caller's order is best read.
    /// </summary>
    Task<IQueryable<Article>> WhereMatchingAsync(IQueryable<Article> articles, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The first <paramref name="count"/> visible matches in relevance order (score descending, then id), the same
    /// as ordering <see cref="Search"/>, and how many match in all; null when the index cannot tell without
    /// ranking every match (then order <see cref="Search"/>).
    /// </summary>
    Task<SearchTop?> TopAsync(SearchQuery query, int count, CancellationToken cancellationToken);

    /// <summary>Relevance and a highlighted snippet for the given articles (one page of hits); scores already known are not computed again.</summary>
    Task<IReadOnlyDictionary<int, SearchHit>> HitsAsync(
        SearchQuery query, IReadOnlyCollection<int> articleIds, IReadOnlyDictionary<int, double>? knownScores, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces one article's row, or drops it when the article cannot be listed (draft, archived,
    /// deleted). Call it in the transaction that writes the article.
    /// </summary>
    Task IndexAsync(Article article, CancellationToken cancellationToken);

    /// <summary>Drops one article's row. Call it in the transaction that deletes the article.</summary>
    Task RemoveAsync(int articleId, CancellationToken cancellationToken);

    /// <summary>Rebuilds the whole index from the articles table.</summary>
    Task RebuildAsync(CancellationToken cancellationToken);

    /// <summary>At start-up: creates the index if missing, and fills it when it is empty but articles exist.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);
}

/// <summary>An article that matches a search. Score: higher is more relevant.</summary>
public sealed class SearchMatch
{
    public int ArticleId { get; init; }
    public double Score { get; init; }
}

/// <summary>The best matches of a search, best first, and how many visible articles match in all.</summary>
public sealed record SearchTop(IReadOnlyList<SearchMatch> Matches, int Total);

/// <summary>Score and snippet of one hit; the snippet is HTML: escaped text with &lt;mark&gt; around the matches.</summary>
public sealed record SearchHit(double Score, string Snippet);
