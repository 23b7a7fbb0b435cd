using static ContentApi.Related.RelatedTuning;

namespace ContentApi.Related;

/// <summary>Turns a pair's similarity into the reasons a reader (or a client) sees, the part that added most first.</summary>
internal static class RelatedReasons
{
    public static readonly IReadOnlyList<RelatedReason> EditorPick = [new(RelatedReasonKind.EditorPick)];

    public static IReadOnlyList<RelatedReason> Explain(
        RelatedDocument source, RelatedDocument candidate, Similarity similarity, TagStatistics tags, Vocabulary vocabulary)
    {
        var parts = new List<(double Contribution, RelatedReason Reason)>(4);
        var terms = source.Terms.StrongestShared(candidate.Terms, TermsExplained).Select(t => vocabulary[t]).ToList();
        if (terms.Count > 0)
        {
            parts.Add((TextWeight * similarity.Text, new RelatedReason(RelatedReasonKind.Text, Terms: terms)));
        }
        var sharedTags = source.TagIds.Where(candidate.TagIds.Contains)
            .OrderByDescending(tags.Idf).ThenBy(tags.SlugOf, StringComparer.Ordinal)
            .Select(tags.SlugOf).ToList();
        if (sharedTags.Count > 0)
        {
            parts.Add((TagWeight * similarity.Tags, new RelatedReason(RelatedReasonKind.SharedTags, Tags: sharedTags)));
        }
        if (similarity.SameAuthor)
        {
            parts.Add((AuthorWeight, new RelatedReason(RelatedReasonKind.SameAuthor)));
        }
        // Only a known date can be recent; the neutral 0.5 of an undated pair is no reason.
        if (source.PublishedAt is not null && candidate.PublishedAt is not null && similarity.Recency >= 0.5)
        {
            parts.Add((RecencyWeight * similarity.Recency, new RelatedReason(RelatedReasonKind.Recent)));
        }
        return parts.OrderByDescending(p => p.Contribution).ThenBy(p => p.Reason.Kind).Select(p => p.Reason).ToList();
    }
}
