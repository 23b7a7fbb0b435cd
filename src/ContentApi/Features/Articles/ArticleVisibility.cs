using System.Linq.Expressions;

namespace ContentApi.Features.Articles;

/// <summary>What the public may read, and in which order. Evaluated by the database, at query time.</summary>
public static class ArticleVisibility
{
    /// <summary>
    /// Published (publication time unknown or past), or scheduled with its time come: a scheduled
    /// article appears at its moment with no background job. A deleted article (tombstone) never is.
    /// </summary>
    public static readonly Expression<Func<Article, bool>> IsVisible = a =>
        a.DeletedAt == null
        && ((a.Status == ArticleStatus.Published && (a.PublishedAt == null || a.PublishedAt <= DateTime.UtcNow))
            || (a.Status == ArticleStatus.Scheduled && a.PublishedAt <= DateTime.UtcNow));

    public static IQueryable<Article> Visible(this IQueryable<Article> articles) => articles.Where(IsVisible);

    /// <summary>
    /// What may become visible without another write: visible now, or only waiting for its date.
    /// Visible = listable and not dated in the future, so an index of the listable articles (search)
    /// needs only the few future-dated ids to answer exactly, and no background job at their moment.
    /// </summary>
    public static bool IsListable(Article article) =>
        article.DeletedAt is null
        && (article.Status == ArticleStatus.Published || (article.Status == ArticleStatus.Scheduled && article.PublishedAt is not null));

    /// <summary>Newest first; articles with no known date after the dated ones; then by id, so the order is total.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Id);
}
