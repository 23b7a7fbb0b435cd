using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>The document by one compiled EF query on the request's context (PostgreSQL, and SQLite databases that are not files).</summary>
public sealed class EfArticleDocumentSource(ContentDbContext db) : IArticleDocumentSource
{
    private static readonly Func<ContentDbContext, string, Task<StoredDocumentRow?>> BySlug = EF.CompileAsyncQuery(
        (ContentDbContext db, string slug) => db.Set<ArticleDocument>().Where(d => d.Slug == slug)
            .Select(d => new StoredDocumentRow(d.ArticleId, d.Status, d.PublishedAt, d.LastModified, d.ETag, d.Json, d.Version))
            .FirstOrDefault());

    public ValueTask<StoredDocumentRow?> FindAsync(string slug) => new(BySlug(db, slug));
}
