using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Features.Articles.Counting;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// The list's filters as database predicates. Slugs are looked up first (authors and tags in one
/// statement, kept in memory: <see cref="ArticleSlugIds"/>), so the article query filters on indexed
/// foreign keys (AuthorId, ArticleTags.TagId) rather than joining on slugs.
/// </summary>
public static class ArticleFilters
{
    /// <returns>
    /// The same query instance when no filter is given: the listing relies on that to skip work. Counted: the
    /// kept count that sizes the result when the only filter is one author or one tag.
    /// </returns>
    public static async Task<(IQueryable<Article> Articles, ArticleCountKey? Counted)> ApplyAsync(
        IQueryable<Article> articles, ArticleListRequest request, ContentDbContext db, ArticleSlugIds slugIds, CancellationToken cancellationToken)
    {
        ArticleCountKey? counted = null;
        if (request.Authors.Count > 0 || request.Tags.Count > 0)
        {
            var (authorIds, tagIds) = await slugIds.IdsAsync(request, db, cancellationToken);
            counted = (request.Authors.Count, request.Tags.Count, authorIds, tagIds) switch
            {
                (1, 0, [int authorId], _) => ArticleCountKey.Author(authorId),
                (0, 1, _, [var tagId]) => ArticleCountKey.Tag(tagId),
                _ => null,
            };
            if (request.Authors.Count > 0)
            {
                // One id is a plain parameter (see WithAnyTag).
                articles = authorIds is [var authorId] ? articles.Where(a => a.AuthorId == authorId)
                    : articles.Where(a => authorIds.Contains(a.AuthorId));
            }
            if (request.Tags.Count > 0)
            {
                articles = !request.AllTags ? articles.Where(WithAnyTag(db, tagIds))
                    : tagIds.Count < request.Tags.Count ? articles.Where(a => false)
                    : tagIds.Aggregate(articles, (all, tagId) => all.Where(WithTag(db, tagId)));
            }
        }
        if (request.PublishedFrom is not null || request.PublishedBefore is not null || request.Source is not null || request.HasDonationForm is not null)
        {
            counted = null;
        }
        if (request.PublishedFrom is { } from)
        {
            articles = articles.Where(a => a.PublishedAt >= from);
        }
        if (request.PublishedBefore is { } before)
        {
            articles = articles.Where(a => a.PublishedAt < before);
        }
        if (request.Source is { } source)
        {
            articles = articles.Where(a => a.SourceName == source);
        }
        if (request.HasDonationForm is { } hasForm)
        {
            articles = hasForm ? articles.Where(a => a.DonationFormId != null) : articles.Where(a => a.DonationFormId == null);
        }
        return (articles, counted);
    }

    /// <summary>
    /// One tag's articles. (The slugs' ids are looked up first: as subqueries of the article query they
    /// would cost none, but SQLite then starts from the tag's articles and reads each row: 5 ms instead of 0.)
    /// </summary>
    public static Expression<Func<Article, bool>> WithTag(ContentDbContext db, int tagId) =>
        a => db.Set<ArticleTag>().Where(t => t.TagId == tagId).Select(t => t.ArticleId).Contains(a.Id);

    /// <summary>
    /// "Id IN (article ids of these tags)" rather than EXISTS per article: the database can start from
    /// the tag's index entries instead of testing every visible article.
    /// </summary>
    public static Expression<Func<Article, bool>> WithAnyTag(ContentDbContext db, IReadOnlyCollection<int> tagIds) =>
        // One id, the usual filter, is a plain parameter: with a list parameter EF Core writes the SQL
        // again on every execution (in a profile, a fifth of a filtered list's paging).
        tagIds.Count == 1 ? WithTag(db, tagIds.First())
            : a => db.Set<ArticleTag>().Where(t => tagIds.Contains(t.TagId)).Select(t => t.ArticleId).Contains(a.Id);
}
