using System.Threading.Channels;

namespace ContentApi.Related;

/// <summary>
/// The rebuild's list phase: every article's list from the in-memory inverted index, on all cores,
/// handed over in chunks to the single writer as they are done.
/// </summary>
internal static class RebuildLists
{
    private const int ChunkSize = 1000;

    public static async Task ProduceAsync(
        RelatedDocument[] documents, TagStatistics tags, Vocabulary vocabulary, ILookup<int, int> picks,
        ChannelWriter<List<RelatedScore>> lists, RebuildProgressLog log, CancellationToken cancellationToken)
    {
        try
        {
            var index = new CandidateIndex(
                documents.SelectMany(d => d.Terms.Terms.Select((term, i) => (term, new Posting(d.Id, d.Terms.Weights[i])))),
                documents.SelectMany(d => d.TagIds.Select(tag => (tag, d.Id))),
                tags);
            var byId = documents.ToDictionary(d => d.Id);
            for (var start = 0; start < documents.Length; start += ChunkSize)
            {
                var chunk = documents.AsMemory(start, Math.Min(ChunkSize, documents.Length - start));
                var rows = new List<RelatedScore>[chunk.Length];
                Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken },
                    () => new CandidateFinder(index, tags),
                    (i, _, finder) =>
                    {
                        var source = chunk.Span[i];
                        var found = finder.Find(source, picks[source.Id].ToHashSet());
                        rows[i] = RelatedListBuilder.Rank(source, found.Select(id => byId[id]), tags)
                            .Choose(tags, vocabulary)
                            .Select((item, rank) => item.ToRow(source.Id, rank + 1))
                            .ToList();
                        return finder;
                    },
                    _ => { });
                await lists.WriteAsync(rows.SelectMany(r => r).ToList(), cancellationToken);
                log.Report("listing", start + chunk.Length, documents.Length);
            }
            lists.Complete();
        }
        catch (Exception exception)
        {
            lists.Complete(exception);
            throw;
        }
    }
}
