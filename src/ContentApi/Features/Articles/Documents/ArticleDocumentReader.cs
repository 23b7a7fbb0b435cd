using ContentApi.Common.Http;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// The item read's fast path: the stored bytes and ETag by slug, served when this build rendered them
/// and the article is visible now. Null sends the read down the rendering path (not rendered yet,
/// not visible, another slug's redirect, a 404).
/// </summary>
public static class ArticleDocumentReader
{
    public static async Task<(int ArticleId, StoredRepresentation Representation)?> ReadAsync(IArticleDocumentSource documents, string slug)
    {
        var row = await documents.FindAsync(slug);
        if (row is null || row.Version != ArticleDocumentVersion.Current || !ArticleDocument.IsVisible(row.Status, row.PublishedAt, DateTime.UtcNow))
        {
            return null;
        }
        return (row.ArticleId, new StoredRepresentation(row.Json, row.ETag, row.LastModified));
    }
}
