using System.Runtime.InteropServices;
using static ContentApi.Related.RelatedTuning;

namespace ContentApi.Related;

/// <summary>
/// First pass of a list: walks the source's terms and tags through the inverted index, estimates each
/// article met from that side alone (the text part is exact: both vectors hold the shared term), and
/// keeps the <see cref="CandidatesScored"/> best for full scoring. One finder per thread: it reuses its buffers.
/// </summary>
internal sealed class CandidateFinder(CandidateIndex index, TagStatistics tags)
{
    private readonly Dictionary<int, (double Text, double Tags)> _met = [];
    private readonly PriorityQueue<int, (double Estimate, int Id)> _best = new(Comparer<(double Estimate, int Id)>.Create(
        (a, b) => a.Estimate != b.Estimate ? a.Estimate.CompareTo(b.Estimate) : b.Id.CompareTo(a.Id)));

    public List<int> Find(RelatedDocument source, IReadOnlySet<int> excluded)
    {
        _met.Clear();
        for (var i = 0; i < source.Terms.Terms.Length; i++)
        {
            var weight = source.Terms.Weights[i];
            foreach (var posting in index.PostingsOf(source.Terms.Terms[i]))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_met, posting.Article, out _).Text += (double)weight * posting.Weight;
            }
        }
        var tagNorm = source.TagIds.Sum(t => tags.Idf(t) * tags.Idf(t));
        foreach (var tag in source.TagIds)
        {
            foreach (var article in index.ArticlesTagged(tag))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_met, article, out _).Tags += tags.Idf(tag) * tags.Idf(tag) / tagNorm;
            }
        }

        _best.Clear();
        foreach (var (article, part) in _met)
        {
            if (article == source.Id || excluded.Contains(article))
            {
                continue;
            }
            var key = (TextWeight * part.Text + TagWeight * Math.Min(1, part.Tags), article);
            if (_best.Count < CandidatesScored)
            {
                _best.Enqueue(article, key);
            }
            else if (_best.TryPeek(out _, out var worst) && _best.Comparer.Compare(key, worst) > 0)
            {
                _best.EnqueueDequeue(article, key);
            }
        }
        var found = new List<int>(_best.Count);
        while (_best.TryDequeue(out var article, out _))
        {
            found.Add(article);
        }
        return found;
    }
}
