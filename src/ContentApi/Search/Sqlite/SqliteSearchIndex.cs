using System.Text.Json;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// SQLite FTS5. The index table keeps its own copy of the text (not external content): replacing a
/// row then needs only the article id, never the old text, so a writer cannot leave it out of step.
/// It holds only listable articles (<see cref="ArticleVisibility.IsListable"/>), so a search needs
/// no join to Articles to drop drafts: at 80,000 hits that join cost 0.6 s. Made at start-up rather
/// than in a migration, so FTS5 SQL stays in this folder.
/// </summary>
internal sealed class SqliteSearchIndex(ContentDbContext db, TermMatches matches) : ISearchIndex
{
    private const string Table = "ListableArticleText";
    private const string RetiredTable = "ArticleSearch"; // held drafts and archived articles too

    // bm25 is lower-is-better; negated so a higher score is a better hit. Weights: title, excerpt, body.
    private const string Score = $"-bm25({Table}, 10.0, 4.0, 1.0)";

    public IQueryable<SearchMatch> Search(SearchQuery query)
    {
        // Listable minus the few dated in the future: exactly the visible articles, read from a date index range.
        var now = DateTime.UtcNow;
        var notYetDue = db.Articles.Where(a => a.PublishedAt > now).Select(a => a.Id);
        return db.Database.SqlQueryRaw<SearchMatch>(
                $"SELECT rowid AS ArticleId, {Score} AS Score FROM {Table} WHERE {Table} MATCH {{0}}", Fts5Match.From(query))
            .Where(m => !notYetDue.Contains(m.ArticleId));
    }

    public Task<IQueryable<Article>> WhereMatchingAsync(IQueryable<Article> articles, SearchQuery query, CancellationToken cancellationToken) =>
        MatchFilter.ApplyAsync(db, matches, articles, Fts5Match.From(query), PlainSnippets.Words(query), cancellationToken);

    public Task<SearchTop?> TopAsync(SearchQuery query, int count, CancellationToken cancellationToken) =>
        ImpactTopK.TopAsync(db, matches, query, count, cancellationToken);

    public async Task<IReadOnlyDictionary<int, SearchHit>> HitsAsync(
        SearchQuery query, IReadOnlyCollection<int> articleIds, IReadOnlyDictionary<int, double>? knownScores, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new Dictionary<int, SearchHit>();
        }
        var scored = knownScores is not null && articleIds.All(knownScores.ContainsKey);
        var made = scored && PlainSnippets.Words(query) is { } words
            ? await PlainSnippets.MakeAsync(db, Table, words, articleIds, SnippetTokens, cancellationToken)
            : [];
        var left = made.Count == 0 ? articleIds : articleIds.Where(id => !made.ContainsKey(id)).ToList();
        var rows = left.Count == 0 ? [] : await db.Database.SqlQueryRaw<MarkedHit>(scored ? SnippetSql : HitSql, Fts5Match.From(query), JsonSerializer.Serialize(left))
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.ArticleId, r.Score, r.Marked)).Concat(made.Select(m => (m.Key, 0.0, m.Value)))
            .ToDictionary(r => r.Item1, r => new SearchHit(scored ? knownScores![r.Item1] : r.Item2, SnippetHtml.FromMarked(r.Item3)));
    }

    private const int SnippetTokens = 24;

    // bm25 with "rowid IN" would count every match again for each id (its idf); "+rowid" reads the matches once.
    // A snippet alone needs no idf: "rowid IN" then seeks each id.
    private static readonly string HitSql = Hits(Score, "+rowid");
    private static readonly string SnippetSql = Hits("0.0", "rowid");

    private static string Hits(string score, string rowid) =>
        $$"""
        SELECT rowid AS ArticleId, {{score}} AS Score,
               snippet({{Table}}, -1, char({{(int)SnippetHtml.Open}}), char({{(int)SnippetHtml.Close}}), '…', {{SnippetTokens}}) AS Marked
        FROM {{Table}} WHERE {{Table}} MATCH {0} AND {{rowid}} IN (SELECT value FROM json_each({1}))
        """;

    public async Task IndexAsync(Article article, CancellationToken cancellationToken)
    {
        await RemoveAsync(article.Id, cancellationToken);
        if (!ArticleVisibility.IsListable(article))
        {
            return;
        }
        var (title, excerpt, body) = (SnippetHtml.Clean(article.Title), SnippetHtml.Clean(article.Excerpt), SnippetHtml.Clean(article.BodyText));
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Table}(rowid, title, excerpt, body) VALUES ({{0}}, {{1}}, {{2}}, {{3}})",
            [article.Id, title, excerpt, body],
            cancellationToken);
        await ImpactListWriter.ListAsync(db, article.Id, title, excerpt, body, cancellationToken);
    }

    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE rowid = {{0}}", [articleId], cancellationToken);
        await ImpactListWriter.RemoveAsync(db, articleId, cancellationToken);
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table}", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(FillSql, cancellationToken);
        await ImpactListBuilder.BuildAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS {RetiredTable}", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(title, excerpt, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
            cancellationToken);
        // A database from before the index existed: fill it once. A plain command: an EF query would be
        // compiled at every start for this one question.
        var needsFill = await db.ScalarAsync<long>(
            $"SELECT NOT EXISTS (SELECT 1 FROM {Table}) AND EXISTS (SELECT 1 FROM \"Articles\")", cancellationToken) == 1;
        foreach (var statement in ImpactListSchema.Create)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
        if (needsFill)
        {
            await RebuildAsync(cancellationToken);
        }
        else if (await ImpactListsOutgrownAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ImpactListBuilder.BuildAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Never built (a database from before the lists), or the index has doubled since: terms that became common
    /// since have no list yet (they are still found, by ranking every match).
    /// </summary>
    private async Task<bool> ImpactListsOutgrownAsync(CancellationToken cancellationToken)
    {
        var built = await db.ScalarAsync<long?>($"SELECT Rows FROM {ImpactListSchema.Build}", cancellationToken);
        var (rows, _) = Fts5Records.Averages(await db.ScalarAsync<byte[]>(
            $"SELECT block FROM {Table}_data WHERE id = {Fts5Records.AveragesRowId}", cancellationToken));
        return built is null || rows >= 2 * built + ImpactListSchema.MinPostings;
    }

    // Built from constants only: no value reaches this SQL. The WHERE is ArticleVisibility.IsListable.
    private static readonly string FillSql =
        $"INSERT INTO {Table}(rowid, title, excerpt, body) SELECT \"Id\", {Cleaned("\"Title\"")}, {Cleaned("\"Excerpt\"")}, {Cleaned("\"BodyText\"")} FROM \"Articles\" " +
        $"WHERE \"DeletedAt\" IS NULL AND (\"Status\" = '{ArticleStatus.Published}' OR (\"Status\" = '{ArticleStatus.Scheduled}' AND \"PublishedAt\" IS NOT NULL))";

    private static string Cleaned(string column) =>
        $"replace(replace(coalesce({column}, ''), char({(int)SnippetHtml.Open}), ' '), char({(int)SnippetHtml.Close}), ' ')";

    private sealed class MarkedHit
    {
        public int ArticleId { get; init; }
        public double Score { get; init; }
        public string Marked { get; init; } = "";
    }
}
