using ContentApi.Features.Articles;

namespace ContentApi.Search.Postgres;

/// <summary>The index's SQL, built from constants only: values reach it as parameters ({0}, {1}…).</summary>
internal static class PostgresSearchSql
{
    // Ends of words as FTS5 sees them: PostgreSQL's parser would keep example.com, 3.5, a/b, a@b
    // or -5 as one token, so a search for "example" or "5" would miss what SQLite finds.
    private const string Joiners = @".-/@:\+<>&_";

    // The engine's highlight markers, dropped from article text so it cannot fake a highlight.
    private static readonly string Markers = $"chr({(int)SnippetHtml.Open}) || chr({(int)SnippetHtml.Close})";

    /// <summary>
    /// ts_headline drops what its parser reads as markup (&lt;script&gt;, &amp;amp;), which the
    /// snippet must show as text: those characters go through it as private-use stand-ins.
    /// </summary>
    private const string Markup = "<>&";

    // About as long as a 24-word snippet.
    private const int ShortText = 160;

    public static string ShowMarkup(string marked) =>
        marked.Replace('\uE002', '<').Replace('\uE003', '>').Replace('\uE004', '&');

    public static string Create(string table, string config) => $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{config}') THEN
            CREATE TEXT SEARCH CONFIGURATION {config} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {config}
              ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
          END IF;
        END $$;
        CREATE TABLE IF NOT EXISTS {table} ("ArticleId" integer PRIMARY KEY, "Document" tsvector NOT NULL);
        CREATE INDEX IF NOT EXISTS "IX_ArticleSearchDocuments_Document" ON {table} USING gin ("Document");
        """;

    public static string Document(string config, string title, string excerpt, string body) =>
        $"{Weighted(config, title, 'A')} || {Weighted(config, excerpt, 'B')} || {Weighted(config, body, 'C')}";

    // The WHERE is ArticleVisibility.IsListable.
    public static string Fill(string table, string config) =>
        $"INSERT INTO {table} (\"ArticleId\", \"Document\") SELECT \"Id\", " +
        Document(config, "\"Title\"", "coalesce(\"Excerpt\", '')", "coalesce(\"BodyText\", '')") + " FROM \"Articles\" " +
        $"WHERE \"DeletedAt\" IS NULL AND (\"Status\" = '{ArticleStatus.Published}' OR (\"Status\" = '{ArticleStatus.Scheduled}' AND \"PublishedAt\" IS NOT NULL))";

    /// <summary>Score and snippet of a page of hits; the snippet comes from the body, else the excerpt, else the title, whichever matches first.</summary>
    public static string Hits(string score, string query, string config)
    {
        string Raw(string column) => $"translate(coalesce(a.\"{column}\", ''), {Markers}, '  ')";
        string Text(string column) => $"translate({Raw(column)}, '{Markup}', chr(57346) || chr(57347) || chr(57348))";
        string Matches(string column) => $"to_tsvector('{config}', {Words(Raw(column))}) @@ {query}";
        // A short text is shown whole: ts_headline would start it at its first word, dropping a leading "<".
        return $"""
            SELECT s."ArticleId", {score} AS "Score",
                   ts_headline('{config}', t."Text", {query},
                       CASE WHEN length(t."Text") <= {ShortText} THEN 'HighlightAll=true' ELSE 'MaxWords=24, MinWords=12' END
                       || ', StartSel=' || chr({(int)SnippetHtml.Open}) || ', StopSel=' || chr({(int)SnippetHtml.Close})) AS "Marked"
            FROM "ArticleSearchDocuments" s JOIN "Articles" a ON a."Id" = s."ArticleId"
            CROSS JOIN LATERAL (SELECT CASE WHEN {Matches("BodyText")} THEN {Text("BodyText")}
                                            WHEN {Matches("Excerpt")} THEN {Text("Excerpt")} ELSE {Text("Title")} END AS "Text") t
            WHERE s."Document" @@ {query} AND s."ArticleId" = ANY({"{1}"})
            """;
    }

    private static string Weighted(string config, string text, char weight) =>
        $"setweight(to_tsvector('{config}', {Words(text)}), '{weight}')";

    private static string Words(string text) => $"translate({text}, '{Joiners}', '{new string(' ', Joiners.Length)}')";
}
