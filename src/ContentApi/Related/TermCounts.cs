namespace ContentApi.Related;

/// <summary>
/// How often each term occurs in an article, counting a title occurrence three times and an excerpt
/// occurrence twice: a headline names the topic, the body wanders.
/// </summary>
internal sealed class TermCounts
{
    public const int TitleWeight = 3;
    public const int ExcerptWeight = 2;
    public const int BodyWeight = 1;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TermCounts() => _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The weighted term counts, in ordinal order of the term.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts =>
        _counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    public int Distinct => _counts.Count;

    public static TermCounts Of(string? title, string? excerpt, string? body)
    {
        var counts = new TermCounts();
        counts.Add(title, TitleWeight);
        counts.Add(excerpt, ExcerptWeight);
        counts.Add(body, BodyWeight);
        return counts;
    }

    private void Add(string? text, int weight)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        Tokenizer.Scan(text, term =>
        {
            if (_lookup.TryGetValue(term, out var count))
            {
                _lookup[term] = count + weight;
            }
            else
            {
                _lookup[term] = weight;
            }
        });
    }
}
