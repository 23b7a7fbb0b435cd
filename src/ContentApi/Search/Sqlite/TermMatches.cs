using ContentApi.Common.Caching;
using ContentApi.Data;
using static ContentApi.Search.Sqlite.ImpactListSchema;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// How many listable articles hold a word, and which of those are dated in the future (in the index, not visible
/// yet), kept per word: a one-word search's total. Reading them probes every match against the future-dated
/// articles, which was most of a search answered from the impact lists (1.2-2.5 ms for 3,057 matches and 1,496
/// future-dated articles in the shell).
/// </summary>
internal sealed class TermMatches(TimeProvider clock, PublicationSchedule schedule)
    : VisibleContentMemory<TermMatches.Counted>(clock, schedule, TimeSpan.FromSeconds(10))
{
    public sealed record Counted(long Hits, IReadOnlySet<long> NotYetDue);

    public Task<Counted> CountAsync(ContentDbContext db, string token, CancellationToken cancellationToken) =>
        GetAsync(token, () => ReadAsync(db, token, cancellationToken), cancellationToken);

    /// <summary>
    /// One command, two answers: how many match, and the matches dated in the future (few; each match probes them in
    /// SQLite: reading every match's id here cost more, 35 ms for 83,000 matches).
    /// </summary>
    private static async Task<Counted> ReadAsync(ContentDbContext db, string token, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            SELECT count(*) FROM {Text} WHERE {Text} MATCH $match;
            SELECT rowid FROM {Text} WHERE {Text} MATCH $match AND +rowid IN (SELECT "Id" FROM "Articles" WHERE "PublishedAt" > $now);
            """,
            cancellationToken, ("$match", $"\"{token}\""), ("$now", DateTime.UtcNow));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
        var notYetDue = new HashSet<long>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            notYetDue.Add(reader.GetInt64(0));
        }
        return new Counted(hits, notYetDue);
    }
}
