using System.Data.Common;
using ContentApi.Data;
using static ContentApi.Search.Sqlite.ImpactListSchema;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// Makes every list again from the FTS5 index itself (its vocabulary, each term's occurrences, each article's
/// length), so the counts are the tokenizer's own. Reads each listed term's occurrences once: at 100,000
/// articles, the whole index.
/// </summary>
internal static class ImpactListBuilder
{
    public static async Task BuildAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Build, Terms, Impacts })
        {
            await db.ExecuteAsync($"DELETE FROM {table}", cancellationToken);
        }
        // From the sizes, not FTS5's totals record: in the transaction that fills the index, that is written only at commit.
        var lengths = await LengthsAsync(db, cancellationToken);
        var rows = (long)lengths.Count;
        var average = rows == 0 ? 0 : (double)lengths.Values.Sum() / (double)rows;
        var terms = new List<string>();
        await using (var frequent = await db.CommandAsync($"SELECT term FROM {TextTerms} WHERE doc >= {MinPostings}", cancellationToken))
        await using (var reader = await frequent.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                terms.Add(reader.GetString(0));
            }
        }
        await using var occurrences = await db.CommandAsync(
            $"SELECT doc, {WeightOfColumn} FROM {TextInstances} WHERE term = $term", cancellationToken, ("$term", ""));
        await using var listTerm = await db.CommandAsync($"INSERT INTO {Terms}(Term, Floor) VALUES ($term, $floor)", cancellationToken, ("$term", ""), ("$floor", 0.0));
        await using var listArticle = await db.CommandAsync(
            $"INSERT INTO {Impacts}(Term, Impact, ArticleId, Frequency, Length) VALUES ($term, $impact, $id, $frequency, $length)",
            cancellationToken, ("$term", ""), ("$impact", 0.0), ("$id", 0L), ("$frequency", 0.0), ("$length", 0L));
        foreach (var term in terms)
        {
            occurrences.Parameters[0].Value = term;
            // Each occurrence adds its column's weight, in the order FTS5 reads them, as bm25 sums them.
            var frequencies = new Dictionary<long, double>();
            await using (var reader = await occurrences.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetInt64(0);
                    frequencies[id] = frequencies.GetValueOrDefault(id) + reader.GetDouble(1);
                }
            }
            var postings = frequencies
                .Select(f => new Posting(f.Key, f.Value, lengths.GetValueOrDefault(f.Key), Fts5Bm25.Impact(f.Value, lengths.GetValueOrDefault(f.Key), average)))
                .ToList();
            postings.Sort(Posting.BestFirst);
            var floor = postings.Count > ListLength ? postings[ListLength].Impact : 0.0;
            await RunAsync(listTerm, cancellationToken, term, floor);
            foreach (var posting in postings.Take(ListLength))
            {
                await RunAsync(listArticle, cancellationToken, term, posting.Impact, posting.Id, posting.Frequency, posting.Length);
            }
        }
        await db.ExecuteAsync($"INSERT INTO {Build}(Id, Rows, AverageLength) VALUES (1, $rows, $average)", cancellationToken, ("$rows", rows), ("$average", average));
    }

    /// <summary>Every article's length in tokens, from FTS5's own sizes.</summary>
    private static async Task<Dictionary<long, long>> LengthsAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var lengths = new Dictionary<long, long>();
        await using var command = await db.CommandAsync($"SELECT id, sz FROM {Text}_docsize", cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lengths[reader.GetInt64(0)] = Fts5Records.Length((byte[])reader[1]);
        }
        return lengths;
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record Posting(long Id, double Frequency, long Length, double Impact)
    {
        /// <summary>The lists' order: impact descending, then id ascending.</summary>
        public static int BestFirst(Posting a, Posting b) => a.Impact != b.Impact ? b.Impact.CompareTo(a.Impact) : a.Id.CompareTo(b.Id);
    }
}
