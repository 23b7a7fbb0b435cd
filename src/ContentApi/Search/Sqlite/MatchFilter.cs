using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;
using static ContentApi.Search.Sqlite.ImpactListSchema;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// A search in date or title order: the articles whose ids match. SQLite reads such a list one of two ways, and
/// its planner cannot tell which is cheaper here. Reading each match's row by id costs about 17 µs (the dates sit
/// after the body, on its overflow pages): 54 ms for 3,057 matches, 1.2 s for 83,000, at 100,000 articles. Walking
/// the list's own index in order and testing each entry against the matches stops after one page: 2.4 ms and 41 ms
/// there, but it reads the whole index (32-41 ms) when nothing or little matches.
/// </summary>
internal static class MatchFilter
{
    // Where the two cost about the same: m rows read against 20 × (100,000 / m) index entries at 0.4 µs each.
    private const long RowsWorthReading = 200;

    private const string IdsSql = $"SELECT rowid AS Value FROM {Text} WHERE {Text} MATCH {{0}}";

    /// <param name="words">The query's plain words, when it has only those: their kept counts bound the matches.</param>
    public static async Task<IQueryable<Article>> ApplyAsync(
        ContentDbContext db, TermMatches matches, IQueryable<Article> articles, string match,
        IReadOnlyList<string>? words, CancellationToken cancellationToken)
    {
        var ids = db.Database.SqlQueryRaw<int>(IdsSql, match);
        var atMost = long.MaxValue;
        foreach (var word in words ?? [])
        {
            atMost = Math.Min(atMost, (await matches.CountAsync(db, word, cancellationToken)).Hits);
        }
        // "Id + 0" is no longer the row's key to SQLite, so it walks the order's index and tests each entry instead.
        return words is not null && atMost > RowsWorthReading
            ? articles.Where(a => ids.Contains(a.Id + 0))
            : articles.Where(a => ids.Contains(a.Id));
    }
}
