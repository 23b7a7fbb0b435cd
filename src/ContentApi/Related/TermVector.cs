namespace ContentApi.Related;

/// <summary>
/// An article's strongest terms with TF-IDF weights, scaled to unit length so the dot product of two
/// vectors is their cosine. Terms ascend by vocabulary id, so a dot product is one merge.
/// </summary>
internal sealed class TermVector(int[] terms, float[] weights)
{
    public static readonly TermVector Empty = new([], []);

    public int[] Terms { get; } = terms;
    public float[] Weights { get; } = weights;

    /// <summary>
    /// Weight = (1 + ln tf) × ln(1 + N / df): sublinear tf so a word repeated ten times does not count
    /// ten times; a smoothed idf that stays positive for a term every article has. Keeps the
    /// <paramref name="keep"/> heaviest (ties by term text, so the choice never depends on ids).
    /// </summary>
    public static TermVector Weigh(IEnumerable<(int Term, int Count)> counts, Func<int, int> documentFrequency, int documents, Vocabulary vocabulary, int keep)
    {
        var strongest = counts
            .Select(c => (c.Term, Weight: (1 + Math.Log(c.Count)) * Math.Log(1 + documents / (double)Math.Max(1, documentFrequency(c.Term)))))
            .OrderByDescending(c => c.Weight).ThenBy(c => vocabulary[c.Term], StringComparer.Ordinal)
            .Take(keep)
            .OrderBy(c => c.Term)
            .ToList();
        var norm = Math.Sqrt(strongest.Sum(c => c.Weight * c.Weight));
        return norm == 0
            ? Empty
            : new TermVector(strongest.Select(c => c.Term).ToArray(), strongest.Select(c => (float)(c.Weight / norm)).ToArray());
    }

    public double Dot(TermVector other)
    {
        double sum = 0;
        for (int i = 0, j = 0; i < Terms.Length && j < other.Terms.Length;)
        {
            var order = Terms[i].CompareTo(other.Terms[j]);
            if (order == 0)
            {
                sum += (double)Weights[i++] * other.Weights[j++];
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }

    /// <summary>The shared terms that add most to the dot product, strongest first.</summary>
    public IEnumerable<int> StrongestShared(TermVector other, int count) =>
        Terms.Select((term, i) => (term, Product: Weights[i] * other.WeightOf(term)))
            .Where(x => x.Product > 0)
            .OrderByDescending(x => x.Product).ThenBy(x => x.term)
            .Take(count)
            .Select(x => x.term);

    public float WeightOf(int term)
    {
        var i = Array.BinarySearch(Terms, term);
        return i >= 0 ? Weights[i] : 0;
    }
}
