using ContentApi.Data;
using static ContentApi.Search.Sqlite.ImpactListSchema;

namespace ContentApi.Search.Sqlite;

/// <summary>Keeps the lists true for one article, in the write's transaction, after its FTS5 row is written.</summary>
internal static class ImpactListWriter
{
    public static Task RemoveAsync(ContentDbContext db, long articleId, CancellationToken cancellationToken) =>
        db.ExecuteAsync($"DELETE FROM {Impacts} WHERE ArticleId = $id", cancellationToken, ("$id", articleId));

    /// <summary>Lists the article (just indexed, its old entries removed) under each listed term where its impact beats the floor.</summary>
    public static async Task ListAsync(ContentDbContext db, long articleId, string title, string excerpt, string body, CancellationToken cancellationToken)
    {
        if (await db.ScalarAsync<byte[]>($"SELECT sz FROM {Text}_docsize WHERE id = $id", cancellationToken, ("$id", articleId)) is not { } sizes
            || await db.ScalarAsync<long?>($"SELECT 1 FROM {Build}", cancellationToken) is null)
        {
            return;
        }
        // The scratch table tokenises the article as the index did: its terms and their weighted counts.
        await db.ExecuteAsync($"INSERT INTO {Scratch}({Scratch}) VALUES ('delete-all')", cancellationToken);
        await db.ExecuteAsync($"INSERT INTO {Scratch}(rowid, title, excerpt, body) VALUES (1, $title, $excerpt, $body)", cancellationToken,
            ("$title", title), ("$excerpt", excerpt), ("$body", body));
        await db.ExecuteAsync(
            $"""
            INSERT INTO {Impacts}(Term, Impact, ArticleId, Frequency, Length)
            SELECT listed.Term, counted.Frequency / ((1 - 0.75) * build.AverageLength + 0.75 * $length), $id, counted.Frequency, $length
            FROM (SELECT term AS Term, sum({WeightOfColumn}) AS Frequency FROM {ScratchInstances} GROUP BY term) AS counted
            JOIN {Terms} AS listed ON listed.Term = counted.Term
            CROSS JOIN {Build} AS build
            WHERE counted.Frequency / ((1 - 0.75) * build.AverageLength + 0.75 * $length) > listed.Floor
            """,
            cancellationToken, ("$id", articleId), ("$length", Fts5Records.Length(sizes)));
        await db.ExecuteAsync($"INSERT INTO {Scratch}({Scratch}) VALUES ('delete-all')", cancellationToken);
    }
}
