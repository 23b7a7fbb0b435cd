using System.Globalization;
using System.Text.Json;
using ContentApi.Data;
using Microsoft.Data.Sqlite;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// The document and the list items by statements kept prepared (<see cref="SqliteStatementPool"/>). Through EF every
/// read opened a pooled connection (EF registering its SQL functions on it) and prepared the statement
/// anew, over half of an uncached item read.
/// </summary>
public sealed class SqliteArticleDocumentSource(SqliteStatementPool statements) : IArticleDocumentSource
{
    private const string BySlug = """
        SELECT "ArticleId", "Status", "PublishedAt", "LastModified", "ETag", "Json", "Version"
        FROM "ArticleDocuments" WHERE "Slug" = $slug LIMIT 1
        """;

    private const string ListItems = """
        SELECT "ArticleId", "ListItem" FROM "ArticleDocuments"
        WHERE "ArticleId" IN (SELECT value FROM json_each($ids)) AND "Version" = $version AND "ListItem" IS NOT NULL
        """;

    private static readonly string[] SlugParameter = ["$slug"];
    private static readonly string[] ListParameters = ["$ids", "$version"];

    public ValueTask<StoredDocumentRow?> FindAsync(string slug) => new(statements.Execute(BySlug, SlugParameter, FirstRow, slug));

    public ValueTask<IReadOnlyDictionary<int, byte[]>> ListItemsAsync(IReadOnlyList<int> ids) =>
        new(statements.Execute(ListItems, ListParameters, AllRows, JsonSerializer.Serialize(ids), ArticleDocumentVersion.Current));

    private static IReadOnlyDictionary<int, byte[]> AllRows(SqliteDataReader reader)
    {
        var items = new Dictionary<int, byte[]>();
        while (reader.Read())
        {
            items[reader.GetInt32(0)] = reader.GetFieldValue<byte[]>(1);
        }
        return items;
    }

    private static StoredDocumentRow? FirstRow(SqliteDataReader reader) => !reader.Read() ? null : new(
        reader.GetInt32(0), Enum.Parse<ArticleStatus>(reader.GetString(1)), UtcOrNull(reader, 2), UtcOrNull(reader, 3),
        reader.GetString(4), reader.GetFieldValue<byte[]>(5), reader.GetString(6));

    // EF stores a DateTime as invariant text, here always UTC (UtcDateTimeConverter).
    private static DateTime? UtcOrNull(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null
        : DateTime.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
