using ContentApi.Data;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// A page's snippets made here from the stored text (<see cref="Fts5Snippet"/>) when the query is distinct plain
/// words: FTS5's snippet() found each hit's matches in the index again and tokenized each long body twice, about
/// 0.1 ms a hit. An article whose text is not plain (<see cref="Fts5PlainText"/>) is left to FTS5.
/// </summary>
internal static class PlainSnippets
{
    /// <returns>The query's words, lower case, one per FTS5 phrase; null when FTS5 must make the snippets.</returns>
    public static IReadOnlyList<string>? Words(SearchQuery query)
    {
        var words = query.Terms.Select(t => t.Text.ToLowerInvariant()).ToList();
        var plain = query.Terms.All(t => !t.IsPrefix && t.Text.Length > 0 && t.Text.All(char.IsAsciiLetterOrDigit));
        return plain && words.Distinct().Count() == words.Count ? words : null;
    }

    /// <returns>Each plain article's snippet, marked with <see cref="SnippetHtml.Open"/> and <see cref="SnippetHtml.Close"/>.</returns>
    public static async Task<Dictionary<int, string>> MakeAsync(
        ContentDbContext db, string table, IReadOnlyList<string> words, IReadOnlyCollection<int> articleIds, int tokens, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT rowid, title, excerpt, body FROM {table} WHERE rowid IN (SELECT value FROM json_each($ids))",
            cancellationToken, ("$ids", $"[{string.Join(',', articleIds)}]"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snippets = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string[] columns = [Text(reader, 1), Text(reader, 2), Text(reader, 3)];
            if (columns.All(Fts5PlainText.IsPlain))
            {
                snippets[reader.GetInt32(0)] = Fts5Snippet.Make(columns, words, SnippetHtml.Open, SnippetHtml.Close, "…", tokens);
            }
        }
        return snippets;
    }

    private static string Text(System.Data.Common.DbDataReader reader, int column) => reader.IsDBNull(column) ? "" : reader.GetString(column);
}
