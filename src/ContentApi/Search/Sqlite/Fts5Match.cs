namespace ContentApi.Search.Sqlite;

/// <summary>
/// Writes a parsed query as an FTS5 MATCH expression. Every term is a quoted string (inner quotes
/// doubled), so nothing a reader typed is read as FTS5 syntax: AND, NEAR, ^, :, ( stay text.
/// Terms side by side are an implicit AND.
/// </summary>
internal static class Fts5Match
{
    public static string From(SearchQuery query) =>
        string.Join(' ', query.Terms.Select(t => $"\"{t.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(t.IsPrefix ? "*" : "")}"));
}
