using static ContentApi.Related.RelatedTuning;

namespace ContentApi.Related;

internal readonly record struct Posting(int Article, float Weight);

/// <summary>
/// The inverted index candidates are found through: term → the articles whose vectors hold it,
/// heaviest first, at most <see cref="PostingsPerTerm"/>; tag → the articles carrying it, for tags on
/// at most <see cref="MaxTagPostings"/> articles. A rebuild fills it from the whole corpus, an update
/// from the rows of the terms and tags it needs; the caps are applied here either way.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<int, Posting[]> _terms = [];
    private readonly Dictionary<int, int[]> _tags = [];

    public CandidateIndex(IEnumerable<(int Term, Posting Posting)> termPostings, IEnumerable<(int Tag, int Article)> tagPostings, TagStatistics tags)
    {
        var byTerm = new Dictionary<int, List<Posting>>();
        foreach (var (term, posting) in termPostings)
        {
            (byTerm.TryGetValue(term, out var list) ? list : byTerm[term] = []).Add(posting);
        }
        foreach (var (term, list) in byTerm)
        {
            list.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Article.CompareTo(b.Article));
            _terms[term] = list.Count > PostingsPerTerm ? list.GetRange(0, PostingsPerTerm).ToArray() : list.ToArray();
        }
        foreach (var group in tagPostings.Where(p => tags.DocumentsOf(p.Tag) <= MaxTagPostings).GroupBy(p => p.Tag))
        {
            _tags[group.Key] = group.Select(p => p.Article).Order().ToArray();
        }
    }

    public ReadOnlySpan<Posting> PostingsOf(int term) => _terms.TryGetValue(term, out var postings) ? postings : [];

    public ReadOnlySpan<int> ArticlesTagged(int tag) => _tags.TryGetValue(tag, out var articles) ? articles : [];
}
