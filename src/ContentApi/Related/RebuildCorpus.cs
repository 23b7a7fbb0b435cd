using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// The rebuild's picture of the corpus: every indexable article's term counts (as vocabulary ids, to
/// keep 100,000 articles in a few hundred MB), the document frequency of every term, and the tags.
/// Read in id order, so vocabulary ids and hence every list come out the same on every rebuild.
/// </summary>
internal sealed class RebuildCorpus
{
    private readonly List<int> _documentFrequencies = [];
    private readonly List<(int Id, int? AuthorId, DateTime? PublishedAt, (int Term, int Count)[] Counts)> _articles = [];

    public Vocabulary Vocabulary { get; } = new();
    public int Count => _articles.Count;

    public static async Task<RebuildCorpus> ReadAsync(
        ContentDbContext db, int batchSize, Func<List<IndexedArticle>, Task> write, RebuildProgressLog log, CancellationToken cancellationToken)
    {
        var corpus = new RebuildCorpus();
        var articles = db.Articles.AsNoTracking().Where(RelatedIndexing.IsIndexable);
        var total = await articles.CountAsync(cancellationToken);
        var lastId = 0;
        while (true)
        {
            var batch = await articles.Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(batchSize)
                .Select(a => new { a.Id, a.Title, a.Excerpt, a.BodyText, a.AuthorId, a.PublishedAt })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return corpus;
            }
            lastId = batch[^1].Id;
            // Tokenising is the costly part and needs no shared state: all cores. Numbering the terms stays in order.
            var counted = new IReadOnlyList<KeyValuePair<string, int>>[batch.Count];
            Parallel.For(0, batch.Count, i => counted[i] = TermCounts.Of(batch[i].Title, batch[i].Excerpt, batch[i].BodyText).Counts);
            var indexed = new List<IndexedArticle>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var a = batch[i];
                corpus._articles.Add((a.Id, a.AuthorId, a.PublishedAt, counted[i].Select(c => (corpus.CountTerm(c.Key), c.Value)).ToArray()));
                indexed.Add(new IndexedArticle { ArticleId = a.Id, Terms = string.Join(' ', counted[i].Select(c => c.Key)) });
            }
            await write(indexed);
            log.Report("reading", corpus.Count, total);
        }
    }

    public IEnumerable<DocumentFrequency> DocumentFrequencyRows() =>
        _documentFrequencies.Select((documents, term) => new DocumentFrequency { Term = Vocabulary[term], Documents = documents });

    /// <summary>Every article's vector, in id order; the counts are let go as they are weighed.</summary>
    public RelatedDocument[] Weigh(ILookup<int, int> tagsByArticle)
    {
        var documents = new RelatedDocument[_articles.Count];
        Parallel.For(0, _articles.Count, i =>
        {
            var (id, authorId, publishedAt, counts) = _articles[i];
            var vector = TermVector.Weigh(counts, t => _documentFrequencies[t], _articles.Count, Vocabulary, RelatedTuning.TermsPerArticle);
            documents[i] = new RelatedDocument(id, authorId, publishedAt, vector, tagsByArticle[id].ToArray());
        });
        _articles.Clear();
        return documents;
    }

    /// <summary>The articles' tag ids, primary first, and how many indexable articles carry each tag.</summary>
    public static async Task<(ILookup<int, int> ByArticle, TagStatistics Statistics)> ReadTagsAsync(ContentDbContext db, int documents, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Where(RelatedIndexing.IsIndexable)
            .SelectMany(a => a.Tags.Select(t => new { t.ArticleId, t.TagId, t.Position }))
            .OrderBy(t => t.ArticleId).ThenBy(t => t.Position).ThenBy(t => t.TagId)
            .ToListAsync(cancellationToken);
        var slugs = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
        var counts = rows.GroupBy(r => r.TagId).ToDictionary(g => g.Key, g => (slugs[g.Key], g.Count()));
        return (rows.ToLookup(r => r.ArticleId, r => r.TagId), new TagStatistics(documents, counts));
    }

    // Counts a term once for the article it was met in (each article's terms arrive distinct) and returns its id.
    private int CountTerm(string term)
    {
        var id = Vocabulary.IdOf(term);
        if (id == _documentFrequencies.Count)
        {
            _documentFrequencies.Add(0);
        }
        _documentFrequencies[id]++;
        return id;
    }
}
