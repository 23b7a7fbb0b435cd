namespace ContentApi.Related;

/// <summary>
/// The engine's weights and bounds in one place. Changing any of them changes the lists: bump
/// <see cref="AlgorithmVersion"/> and rebuild.
/// </summary>
public static class RelatedTuning
{
    public const string AlgorithmName = "tfidf-tags-author-recency";
    public const string AlgorithmVersion = "1";

    /// <summary>Computed items stored per article: the most a request may ask for.</summary>
    public const int ListSize = 24;

    /// <summary>Terms kept per article; Lucene's MoreLikeThis keeps 25 too. More adds noise words and rows.</summary>
    public const int TermsPerArticle = 25;

    // The score is a weighted sum of four parts, each from 0 to 1, so it stays within 0..1.
    public const double TextWeight = 0.55;
    public const double TagWeight = 0.30;
    public const double AuthorWeight = 0.05;
    public const double RecencyWeight = 0.10;

    /// <summary>Two articles this many days apart get half the recency part; undated pairs get half too (neutral).</summary>
    public const double RecencyHalfLifeDays = 90;

    // Candidate search bounds, so one very common term or tag cannot make a list cost the whole corpus.
    /// <summary>Per term, only the articles where it weighs most are followed.</summary>
    public const int PostingsPerTerm = 200;

    /// <summary>A tag on more articles than this does not bring candidates (it still scores the ones found).</summary>
    public const int MaxTagPostings = 200;

    /// <summary>Candidates scored in full per article, the best by a quick first estimate.</summary>
    public const int CandidatesScored = 100;

    /// <summary>After an article changes, the lists of its best candidates that are recomputed too.</summary>
    public const int NeighboursRefreshed = 50;

    /// <summary>Shared terms named in a `text` reason.</summary>
    public const int TermsExplained = 3;
}
