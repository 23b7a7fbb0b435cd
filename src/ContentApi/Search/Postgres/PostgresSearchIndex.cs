using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search.Postgres;

/// <summary>
/// PostgreSQL full-text search: one weighted tsvector per listable article (title A, excerpt B, body C)
/// under a GIN index, in a text search configuration that folds diacritics (unaccent) and neither
/// stems nor drops stop words, so a query matches the same articles as on SQLite's FTS5. Ranked by
/// ts_rank. Made at start-up rather than in a migration, so its SQL stays in this folder.
/// </summary>
internal sealed class PostgresSearchIndex(ContentDbContext db) : ISearchIndex
{
    private const string Table = "\"ArticleSearchDocuments\"";
    private const string Config = "contentapi_search";
    private const string Query = $"to_tsquery('{Config}', {{0}})";

    // Weights in ts_rank's order D, C, B, A: body 1, excerpt 4, title 10, as bm25's on SQLite.
    private const string Score = $"ts_rank(ARRAY[0.0, 0.1, 0.4, 1.0]::real[], \"Document\", {Query})::double precision";

    public IQueryable<SearchMatch> Search(SearchQuery query)
    {
        var now = DateTime.UtcNow;
        var notYetDue = db.Articles.Where(a => a.PublishedAt > now).Select(a => a.Id);
        return db.Database.SqlQueryRaw<SearchMatch>(
                $"SELECT \"ArticleId\", {Score} AS \"Score\" FROM {Table} WHERE \"Document\" @@ {Query}", TsQueryText.From(query))
            .Where(m => !notYetDue.Contains(m.ArticleId));
    }

    public Task<IQueryable<Article>> WhereMatchingAsync(IQueryable<Article> articles, SearchQuery query, CancellationToken cancellationToken)
    {
        var matches = Search(query);
        return Task.FromResult(articles.Where(a => matches.Select(m => m.ArticleId).Contains(a.Id)));
    }

    /// <summary>ts_rank has no impact lists here: PostgreSQL ranks every match, as before.</summary>
    public Task<SearchTop?> TopAsync(SearchQuery query, int count, CancellationToken cancellationToken) => Task.FromResult<SearchTop?>(null);

    public async Task<IReadOnlyDictionary<int, SearchHit>> HitsAsync(
        SearchQuery query, IReadOnlyCollection<int> articleIds, IReadOnlyDictionary<int, double>? knownScores, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new Dictionary<int, SearchHit>();
        }
        var rows = await db.Database.SqlQueryRaw<MarkedHit>(PostgresSearchSql.Hits(Score, Query, Config), TsQueryText.From(query), articleIds.ToArray())
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ArticleId, r => new SearchHit(r.Score, SnippetHtml.FromMarked(PostgresSearchSql.ShowMarkup(r.Marked))));
    }

    public async Task IndexAsync(Article article, CancellationToken cancellationToken)
    {
        await RemoveAsync(article.Id, cancellationToken);
        if (!ArticleVisibility.IsListable(article))
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync(
            InsertSql,
            [article.Id, article.Title, article.Excerpt ?? "", article.BodyText ?? ""],
            cancellationToken);
    }

    public Task RemoveAsync(int articleId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE \"ArticleId\" = {{0}}", [articleId], cancellationToken);

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table}", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(PostgresSearchSql.Fill(Table, Config), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(PostgresSearchSql.Create(Table, Config), cancellationToken);
        var needsFill = await db.Database.SqlQueryRaw<bool>(
                $"SELECT NOT EXISTS (SELECT 1 FROM {Table}) AND EXISTS (SELECT 1 FROM \"Articles\") AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (needsFill)
        {
            await RebuildAsync(cancellationToken);
        }
    }

    private static readonly string InsertSql =
        $"INSERT INTO {Table} (\"ArticleId\", \"Document\") VALUES ({{0}}, {PostgresSearchSql.Document(Config, "{1}", "{2}", "{3}")})";

    private sealed class MarkedHit
    {
        public int ArticleId { get; init; }
        public double Score { get; init; }
        public string Marked { get; init; } = "";
    }
}
