namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Finds an article's stored document by slug, and articles' stored list items by id: one implementation per database provider, chosen in
/// <see cref="ContentApi.Data.DatabaseRegistration"/> (SQLite keeps its statement prepared on open connections).
/// </summary>
public interface IArticleDocumentSource
{
    ValueTask<StoredDocumentRow?> FindAsync(string slug);

    /// <summary>The list items (<see cref="ArticleDocument.ListItem"/>) this build rendered for these articles; those it has none for are left out.</summary>
    ValueTask<IReadOnlyDictionary<int, byte[]>> ListItemsAsync(IReadOnlyList<int> ids);
}

/// <summary>The columns the item read needs from <see cref="ArticleDocument"/>: what it serves and what decides whether it may.</summary>
public sealed record StoredDocumentRow(
    int ArticleId, ArticleStatus Status, DateTime? PublishedAt, DateTime? LastModified, string ETag, byte[] Json, string Version);
