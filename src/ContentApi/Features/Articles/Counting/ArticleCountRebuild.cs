using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// Counts every article again, in a few set statements (about a second at 100,000 articles): at start-up when
/// articles exist but were never counted (a database from before the counts, seeds or an import written
/// around the write path), and for tests that write to the database directly. Plain SQL that SQLite and
/// PostgreSQL both read; the visibility test is <see cref="ArticleVisibility.IsVisible"/>'s.
/// </summary>
public static class ArticleCountRebuild
{
    /// <summary>A new database was never counted: it is counted when the seeds put articles in it, without asking.</summary>
    public static async Task RebuildIfNeverCountedAsync(ContentDbContext db, StartupDatabase database, CancellationToken cancellationToken)
    {
        if (database.IsNew ? database.SeededArticles
            : !await db.Set<CountedArticle>().AnyAsync(cancellationToken) && await db.Articles.Visible().AnyAsync(cancellationToken))
        {
            await RebuildAsync(db, cancellationToken);
        }
    }

    /// <summary>All in SQL: at start-up each LINQ statement here would be compiled for this one use.</summary>
    public static async Task RebuildAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        string published = nameof(ArticleStatus.Published), scheduled = nameof(ArticleStatus.Scheduled);
        string all = CountedArticle.All, author = CountedArticle.Author, tag = CountedArticle.Tag;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CountedArticles" """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CountedArticles" ("ArticleId", "List", "Key")
            SELECT "Id", {all}, 0 FROM "Articles" a
            WHERE a."DeletedAt" IS NULL AND ((a."Status" = {published} AND (a."PublishedAt" IS NULL OR a."PublishedAt" <= {now}))
                OR (a."Status" = {scheduled} AND a."PublishedAt" <= {now}))
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CountedArticles" ("ArticleId", "List", "Key")
            SELECT a."Id", {author}, a."AuthorId" FROM "Articles" a
            JOIN "CountedArticles" c ON c."ArticleId" = a."Id" AND c."List" = {all}
            WHERE a."AuthorId" IS NOT NULL
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CountedArticles" ("ArticleId", "List", "Key")
            SELECT t."ArticleId", {tag}, t."TagId" FROM "ArticleTag" t
            JOIN "CountedArticles" c ON c."ArticleId" = t."ArticleId" AND c."List" = {all}
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Authors" SET "ArticleCount" = (SELECT COUNT(*) FROM "CountedArticles" c WHERE c."List" = {author} AND c."Key" = "Authors"."Id")
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Tags" SET "ArticleCount" = (SELECT COUNT(*) FROM "CountedArticles" c WHERE c."List" = {tag} AND c."Key" = "Tags"."Id")
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "ArticleCounts" """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ArticleCounts" ("List", "Count") SELECT {all}, COUNT(*) FROM "CountedArticles" c WHERE c."List" = {all}
            """, cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
    }
}
