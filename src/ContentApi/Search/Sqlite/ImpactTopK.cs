using ContentApi.Data;
using static ContentApi.Search.Sqlite.ImpactListSchema;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// The best matches of a one-word search from its impact list, without scoring every match: the list's head is
/// scored exactly (<see cref="Fts5Bm25"/>, the same doubles as FTS5's bm25), and the answer is only given when
/// no article outside that head can score as high as the last one asked for; otherwise null, and the caller
/// ranks every match as before.
/// </summary>
internal static class ImpactTopK
{
    public static async Task<SearchTop?> TopAsync(ContentDbContext db, TermMatches matches, SearchQuery query, int count, CancellationToken cancellationToken)
    {
        if (query.Terms is not [{ IsPhrase: false, IsPrefix: false } term] || !term.Text.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }
        var token = term.Text.ToLowerInvariant();
        var size = 2 * count + 16;
        var (hits, notYetDue) = await matches.CountAsync(db, token, cancellationToken);
        // One command, two answers: the list's floor with the build's average, the list's head.
        await using var command = await db.CommandAsync(
            $"""
            SELECT listed.Floor, build.AverageLength, (SELECT block FROM {Text}_data WHERE id = {Fts5Records.AveragesRowId})
            FROM {Terms} AS listed CROSS JOIN {Build} AS build WHERE listed.Term = $token;
            SELECT listed.ArticleId, listed.Impact, listed.Frequency, listed.Length
            FROM {Impacts} AS listed WHERE listed.Term = $token ORDER BY listed.Impact DESC, listed.ArticleId LIMIT $size;
            """,
            cancellationToken, ("$token", token), ("$size", size + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var (floor, builtAverage) = (reader.GetDouble(0), reader.GetDouble(1));
        var (rows, average) = Fts5Records.Averages((byte[])reader[2]);
        var head = new List<Entry>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            head.Add(new Entry(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3)));
        }

        var idf = Fts5Bm25.Idf(rows, hits);
        // Outside the head: a listed article no better than the first one not read, or one not listed (at most the floor).
        var beyond = head.Count > size ? Math.Max(floor, head[^1].Impact) : floor;
        var scored = head.Take(size).Where(e => !notYetDue.Contains(e.Id))
            .Select(e => new SearchMatch { ArticleId = (int)e.Id, Score = Fts5Bm25.Score(idf, e.Frequency, e.Length, average) })
            .OrderByDescending(m => m.Score).ThenBy(m => m.ArticleId).ToList();
        var total = (int)(hits - notYetDue.Count);
        var needed = Math.Min(count, total);
        var bound = idf * Fts5Bm25.Bound(beyond, builtAverage, average);
        // Strictly above the bound (with room for rounding): a tie outside could come first by id.
        return needed == 0 ? new SearchTop([], total)
            : scored.Count >= needed && scored[needed - 1].Score > bound * (1 + 1e-9) ? new SearchTop(scored.Take(needed).ToList(), total)
            : null;
    }

    private sealed record Entry(long Id, double Impact, double Frequency, long Length);
}
