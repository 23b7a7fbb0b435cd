using System.Collections.Concurrent;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContentApi.Features.Articles.Documents;

/// <summary>The document by one compiled EF query, the list items by one query, on the request's context (PostgreSQL, and SQLite databases that are not files).</summary>
public sealed class EfArticleDocumentSource(ContentDbContext db) : IArticleDocumentSource
{
    // One compiled query per model: a compiled query keeps the executor of the last model it ran on, and
    // swapping it between two models at once (a process holding SQLite and PostgreSQL contexts: the tests)
    // ran one provider's executor on the other's context.
    private static readonly ConcurrentDictionary<IModel, Func<ContentDbContext, string, Task<StoredDocumentRow?>>> ByModel = new();

    public ValueTask<StoredDocumentRow?> FindAsync(string slug) => new(ByModel.GetOrAdd(db.Model, _ => Compile())(db, slug));

    public async ValueTask<IReadOnlyDictionary<int, byte[]>> ListItemsAsync(IReadOnlyList<int> ids) =>
        await db.Set<ArticleDocument>().Where(d => ids.Contains(d.ArticleId) && d.Version == ArticleDocumentVersion.Current && d.ListItem != null)
            .ToDictionaryAsync(d => d.ArticleId, d => d.ListItem!);

    private static Func<ContentDbContext, string, Task<StoredDocumentRow?>> Compile() => EF.CompileAsyncQuery(
        (ContentDbContext db, string slug) => db.Set<ArticleDocument>().Where(d => d.Slug == slug)
            .Select(d => new StoredDocumentRow(d.ArticleId, d.Status, d.PublishedAt, d.LastModified, d.ETag, d.Json, d.Version))
            .FirstOrDefault());
}
