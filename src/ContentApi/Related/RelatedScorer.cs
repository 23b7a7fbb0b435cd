using static ContentApi.Related.RelatedTuning;

namespace ContentApi.Related;

/// <summary>The parts of one pair's relatedness, each from 0 to 1, and their weighted sum.</summary>
internal readonly record struct Similarity(double Text, double Tags, bool SameAuthor, double Recency, double Score);

/// <summary>
/// Relatedness of two articles: 0.55 × text cosine + 0.30 × tag cosine + 0.05 if the same author
/// + 0.10 × recency. A weighted sum rather than a product so every part can be shown as a reason
/// and the score stays within 0..1.
/// </summary>
internal static class RelatedScorer
{
    public static Similarity Compare(RelatedDocument source, RelatedDocument candidate, TagStatistics tags)
    {
        var text = Math.Clamp(source.Terms.Dot(candidate.Terms), 0, 1);
        var tag = TagCosine(source.TagIds, candidate.TagIds, tags);
        var sameAuthor = source.AuthorId is { } author && author == candidate.AuthorId;
        var recency = Recency(source.PublishedAt, candidate.PublishedAt);
        var score = TextWeight * text + TagWeight * tag + (sameAuthor ? AuthorWeight : 0) + RecencyWeight * recency;
        // Rounded before ranking: four decimals are what clients see, and it keeps the order from
        // hanging on the last bits of a floating-point sum; equal scores then fall back to the id.
        return new Similarity(text, tag, sameAuthor, recency, Math.Round(Math.Clamp(score, 0, 1), 4));
    }

    /// <summary>
    /// 0.5^(days apart / half-life). An undated article gets 0.5, the value for a pair one half-life
    /// apart: an unknown date neither helps nor hurts much.
    /// </summary>
    public static double Recency(DateTime? a, DateTime? b) =>
        a is { } x && b is { } y ? Math.Pow(0.5, Math.Abs((x - y).TotalDays) / RecencyHalfLifeDays) : 0.5;

    /// <summary>Cosine of the two tag sets, each tag weighted by its idf: sharing a rare tag says more than sharing "news".</summary>
    private static double TagCosine(int[] a, int[] b, TagStatistics tags)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        double shared = 0, normA = 0, normB = 0;
        foreach (var tag in a)
        {
            var w = tags.Idf(tag);
            normA += w * w;
            shared += Array.IndexOf(b, tag) >= 0 ? w * w : 0;
        }
        foreach (var tag in b)
        {
            var w = tags.Idf(tag);
            normB += w * w;
        }
        return shared == 0 ? 0 : Math.Min(1, shared / Math.Sqrt(normA * normB));
    }
}
