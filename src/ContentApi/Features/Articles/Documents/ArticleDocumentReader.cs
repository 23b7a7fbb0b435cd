using ContentApi.Common.Http;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// The item read's fast path: one compiled statement by slug returning the stored bytes and ETag,
/// served when this build rendered them and the article is visible now. Null sends the read down
/// the rendering path (not rendered yet, not visible, another slug's redirect, a 404).
/// </summary>
public static class ArticleDocumentReader
{
    private static readonly Func<ContentDbContext, string, Task<StoredRow?>> BySlug = EF.CompileAsyncQuery(
        (ContentDbContext db, string slug) => db.Set<ArticleDocument>().Where(d => d.Slug == slug)
            .Select(d => new StoredRow(d.ArticleId, d.Status, d.PublishedAt, d.LastModified, d.ETag, d.Json, d.Version))
            .FirstOrDefault());

    public static async Task<(int ArticleId, StoredRepresentation Representation)?> ReadAsync(ContentDbContext db, string slug)
    {
        var row = await BySlug(db, slug);
        if (row is null || row.Version != ArticleDocumentVersion.Current || !ArticleDocument.IsVisible(row.Status, row.PublishedAt, DateTime.UtcNow))
        {
            return null;
        }
        return (row.ArticleId, new StoredRepresentation(row.Json, row.ETag, row.LastModified));
    }

    private sealed record StoredRow(
        int ArticleId, ArticleStatus Status, DateTime? PublishedAt, DateTime? LastModified, string ETag, byte[] Json, string Version);
}
