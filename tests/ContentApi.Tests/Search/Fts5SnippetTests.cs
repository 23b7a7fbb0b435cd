using System.Text;
using ContentApi.Search;
using ContentApi.Search.Sqlite;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Search;

/// <summary>
/// The snippets made in C# are FTS5's own: over generated articles (sentences, colons, line breaks, typographic
/// separators, mixed case, empty and short columns, repeated words) and queries of one to three words, every
/// plain article's snippet equals what <c>snippet()</c> gives on the same SQLite.
/// </summary>
public sealed class Fts5SnippetTests
{
    private static readonly string[] Words = ["alpha", "Beta", "GAMMA", "delta", "lorem", "ipsum", "dolor", "sit", "amet", "x1", "2024"];
    private static readonly string[] Gaps = [" ", " ", " ", "  ", ", ", ". ", ".\n", ": ", ":", ".", "\t", "\r\n", " — ", "… ", " “", "” ", "’", " (", ") ", "-", "'", ".  ", " · ", "\u00A0", " «", "» ", " ‰ ", " €", "™ "];

    [Fact]
    public void Snippets_AreFts5Snippets()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(title, excerpt, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
        var random = new Random(11);
        var articles = Enumerable.Range(1, 600).Select(id => (Id: id, Columns: new[] { Text(random, 0, 12), Text(random, 0, 40), Text(random, 0, 400) })).ToList();
        foreach (var (id, columns) in articles)
        {
            Execute(connection, "INSERT INTO t(rowid, title, excerpt, body) VALUES ($id, $a, $b, $c)", ("$id", id), ("$a", columns[0]), ("$b", columns[1]), ("$c", columns[2]));
        }
        var compared = 0;
        string[][] queries = [["alpha"], ["gamma"], ["x1"], ["2024"], ["beta", "alpha"], ["delta", "sit", "gamma"], ["amet", "lorem"]];
        foreach (var query in queries)
        {
            foreach (var tokens in new[] { 24, 5 })
            {
                var expected = Snippets(connection, query, tokens);
                Assert.NotEmpty(expected);
                foreach (var (id, snippet) in expected)
                {
                    Assert.True(articles[id - 1].Columns.All(Fts5PlainText.IsPlain));
                    Assert.Equal(snippet, Fts5Snippet.Make(articles[id - 1].Columns, query, SnippetHtml.Open, SnippetHtml.Close, "…", tokens));
                    compared++;
                }
            }
        }
        Assert.True(compared > 1000, $"{compared} snippets compared");
    }

    [Fact]
    public void TextBeyondTheKnownCharacters_IsNotPlain()
    {
        Assert.True(Fts5PlainText.IsPlain("Plain text: “quoted” — 5 € ™."));
        Assert.False(Fts5PlainText.IsPlain("Café"));
        Assert.False(Fts5PlainText.IsPlain("x² µ"));
        Assert.False(Fts5PlainText.IsPlain("a\0b"));
    }

    private static string Text(Random random, int min, int max)
    {
        var text = new StringBuilder();
        var count = random.Next(min, max);
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 && random.Next(3) == 0 ? Gaps[random.Next(Gaps.Length)] : "").Append(Words[random.Next(Words.Length)]);
            text.Append(i < count - 1 || random.Next(2) == 0 ? Gaps[random.Next(Gaps.Length)] : "");
        }
        return text.ToString();
    }

    private static Dictionary<int, string> Snippets(SqliteConnection connection, string[] query, int tokens)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, snippet(t, -1, char({(int)SnippetHtml.Open}), char({(int)SnippetHtml.Close}), '…', {tokens}) FROM t WHERE t MATCH $q";
        command.Parameters.AddWithValue("$q", string.Join(' ', query.Select(w => $"\"{w}\"")));
        using var reader = command.ExecuteReader();
        var snippets = new Dictionary<int, string>();
        while (reader.Read())
        {
            snippets[reader.GetInt32(0)] = reader.GetString(1);
        }
        return snippets;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
