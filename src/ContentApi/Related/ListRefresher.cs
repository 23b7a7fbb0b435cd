using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// Recomputes and stores the lists of a few articles from the index tables, the way a rebuild does
/// for all: find candidates through the postings of their terms and tags, load just those, score,
/// choose, write. The cost follows the postings touched, not the size of the corpus.
/// </summary>
internal sealed class ListRefresher(ContentDbContext db)
{
    /// <summary>New lists of the articles, and each indexed one's ranked candidates.</summary>
    public sealed record Lists(IReadOnlyCollection<int> ArticleIds, Dictionary<int, RankedCandidates> Ranked, List<RelatedScore> Rows);

    /// <summary>Refreshes the lists of <paramref name="articleIds"/> in the caller's transaction; returns each indexed one's ranked candidates.</summary>
    public async Task<Dictionary<int, RankedCandidates>> RefreshAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var lists = await ComputeAsync(articleIds, cancellationToken);
        await StoreAsync(lists, cancellationToken);
        return lists.Ranked;
    }

    /// <summary>Replaces the articles' stored lists with the computed ones: the only part that writes.</summary>
    public async Task StoreAsync(Lists lists, CancellationToken cancellationToken)
    {
        var ids = lists.ArticleIds;
        await db.Set<RelatedScore>().Where(s => ids.Contains(s.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        await db.InsertAsync(lists.Rows, cancellationToken);
    }

    /// <summary>Computes the lists from the committed index rows; reads only, so it needs no write lock.</summary>
    public async Task<Lists> ComputeAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var vocabulary = new Vocabulary();
        var index = new IndexedDocuments(db, vocabulary);
        var sources = await index.LoadAsync(articleIds, cancellationToken);
        if (sources.Count == 0)
        {
            return new(articleIds, [], []);
        }

        var sourceTags = sources.Values.SelectMany(s => s.TagIds).ToList();
        var sourceTagStatistics = await index.TagStatisticsAsync(sourceTags, cancellationToken);
        var candidateIndex = new CandidateIndex(
            await index.PostingsAsync(sources.Values.SelectMany(s => s.Terms.Terms), cancellationToken),
            await index.TagPostingsAsync(sourceTags, sourceTagStatistics, cancellationToken),
            sourceTagStatistics);
        var picks = await EditorPicksAsync(sources.Keys, cancellationToken);
        var finder = new CandidateFinder(candidateIndex, sourceTagStatistics);
        var found = sources.Values.ToDictionary(s => s.Id, s => finder.Find(s, picks[s.Id].ToHashSet()));

        var documents = await index.LoadAsync(found.Values.SelectMany(ids => ids).Where(id => !sources.ContainsKey(id)), cancellationToken);
        foreach (var (id, source) in sources)
        {
            documents[id] = source;
        }
        var tags = await index.TagStatisticsAsync(documents.Values.SelectMany(d => d.TagIds), cancellationToken);

        var ranked = new Dictionary<int, RankedCandidates>();
        var rows = new List<RelatedScore>();
        foreach (var source in sources.Values)
        {
            var candidates = found[source.Id].Where(documents.ContainsKey).Select(id => documents[id]);
            ranked[source.Id] = RelatedListBuilder.Rank(source, candidates, tags);
            rows.AddRange(ranked[source.Id].Choose(tags, vocabulary).Select((item, rank) => item.ToRow(source.Id, rank + 1)));
        }
        return new(articleIds, ranked, rows);
    }

    private async Task<ILookup<int, int>> EditorPicksAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToArray();
        return (await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .SelectMany(a => a.RelatedLinks.Select(l => new { l.ArticleId, l.RelatedArticleId }))
            .ToListAsync(cancellationToken))
            .ToLookup(l => l.ArticleId, l => l.RelatedArticleId);
    }
}
