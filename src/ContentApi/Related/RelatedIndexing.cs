using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>What the index holds, and the small EF helpers its writers share.</summary>
internal static class RelatedIndexing
{
    /// <summary>
    /// Published or scheduled: what is visible now or will be without another write. Reads filter
    /// with <see cref="ArticleVisibility.IsVisible"/> on top, so a scheduled article joins the lists at
    /// its moment with no job, and one archived behind the index's back never shows.
    /// </summary>
    public static readonly Expression<Func<Article, bool>> IsIndexable =
        a => a.DeletedAt == null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled);

    /// <summary>Contains() lists are cut to this size: every value is a parameter, and engines cap parameters.</summary>
    public const int ChunkSize = 500;

    /// <summary>
    /// Inserts rows and stops tracking them, so the same keys can be written again later in this
    /// context and entities the caller tracks are left alone.
    /// </summary>
    public static async Task InsertAsync<T>(this ContentDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        db.Set<T>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
