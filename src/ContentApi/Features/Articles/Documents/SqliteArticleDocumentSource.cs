using System.Globalization;
using ContentApi.Data;
using Microsoft.Data.Sqlite;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// The document by a statement kept prepared (<see cref="SqliteStatementPool"/>). Through EF every
/// read opened a pooled connection (EF registering its SQL functions on it) and prepared the statement
/// anew, over half of an uncached item read.
/// </summary>
public sealed class SqliteArticleDocumentSource(string connectionString) : IArticleDocumentSource, IDisposable
{
    private readonly SqliteStatementPool _bySlug = new(connectionString, """
        SELECT "ArticleId", "Status", "PublishedAt", "LastModified", "ETag", "Json", "Version"
        FROM "ArticleDocuments" WHERE "Slug" = $slug LIMIT 1
        """, "$slug");

    public ValueTask<StoredDocumentRow?> FindAsync(string slug) => new(_bySlug.Execute(FirstRow, slug));

    private static StoredDocumentRow? FirstRow(SqliteDataReader reader) => !reader.Read() ? null : new(
        reader.GetInt32(0), Enum.Parse<ArticleStatus>(reader.GetString(1)), UtcOrNull(reader, 2), UtcOrNull(reader, 3),
        reader.GetString(4), reader.GetFieldValue<byte[]>(5), reader.GetString(6));

    // EF stores a DateTime as invariant text, here always UTC (UtcDateTimeConverter).
    private static DateTime? UtcOrNull(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null
        : DateTime.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public void Dispose() => _bySlug.Dispose();
}
