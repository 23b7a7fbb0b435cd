namespace ContentApi.Search.Sqlite;

/// <summary>
/// FTS5's bm25 (fts5_aux.c) for one term, operation for operation in the same order, so a score made here is
/// the very double FTS5 would return: the impact lists' ranking then orders exactly as a full bm25 scan does.
/// </summary>
internal static class Fts5Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Column weights: title, excerpt, body (the same as <see cref="SqliteSearchIndex"/>'s bm25 call).</summary>
    public static readonly double[] Weights = [10.0, 4.0, 1.0];

    public const double LeastWeight = 1.0;

    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <param name="frequency">The term's weighted count in the article: each occurrence adds its column's weight.</param>
    /// <param name="length">The article's length in tokens, all columns.</param>
    public static double Score(double idf, double frequency, double length, double averageLength) =>
        0.0 + idf * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * length / averageLength)));

    /// <summary>The order key stored in the lists: bm25's term factor at the build's average length, up to a constant.</summary>
    public static double Impact(double frequency, double length, double averageLength) =>
        frequency / ((1 - B) * averageLength + B * length);

    /// <summary>
    /// The most one term can add to the score (before its idf) in an article whose stored impact is at most
    /// <paramref name="floor"/>, whatever the average length has become since the lists were built.
    /// </summary>
    public static double Bound(double floor, double builtAverage, double averageLength)
    {
        if (floor <= 0)
        {
            return 0;
        }
        // Impact ≤ floor means ((1-b)·A0 + b·D)/f ≥ 1/floor; at the average A the same ratio moves by (1-b)(A-A0)/f.
        var ratio = Math.Max(0, 1 / floor - (1 - B) * Math.Max(0, builtAverage - averageLength) / LeastWeight);
        return (K1 + 1.0) / (1 + K1 * ratio / averageLength);
    }
}
