namespace ContentApi.Related;

/// <summary>One stored related item: the article, its score and why.</summary>
internal sealed record ListedItem(int ArticleId, double Score, IReadOnlyList<RelatedReason> Reasons)
{
    public RelatedScore ToRow(int sourceId, int rank) =>
        new() { ArticleId = sourceId, RelatedArticleId = ArticleId, Rank = rank, Score = Score, Reasons = ReasonsJson.Write(Reasons) };
}

/// <summary>A source article's candidates, scored and ranked: best score first, then lowest id.</summary>
internal sealed record RankedCandidates(RelatedDocument Source, IReadOnlyList<(RelatedDocument Document, Similarity Similarity)> Ranked)
{
    /// <summary>
    /// The stored list: the top <see cref="RelatedTuning.ListSize"/> under the diversity caps of a full
    /// list, so a request for fewer still finds other authors and tags to choose from.
    /// </summary>
    public List<ListedItem> Choose(TagStatistics tags, Vocabulary vocabulary) =>
        Diversity.Select(Ranked, RelatedTuning.ListSize, [], c => c.Document.AuthorId, c => c.Document.PrimaryTagId)
            .ConvertAll(c => new ListedItem(c.Document.Id, c.Similarity.Score,
                RelatedReasons.Explain(Source, c.Document, c.Similarity, tags, vocabulary)));
}

internal static class RelatedListBuilder
{
    public static RankedCandidates Rank(RelatedDocument source, IEnumerable<RelatedDocument> candidates, TagStatistics tags) =>
        new(source, candidates
            .Select(candidate => (candidate, RelatedScorer.Compare(source, candidate, tags)))
            .OrderByDescending(c => c.Item2.Score).ThenBy(c => c.candidate.Id)
            .ToList());
}
