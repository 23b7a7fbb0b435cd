using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>Reads what the engine needs for a few articles back from the index tables: vectors, tags, tag counts, postings.</summary>
internal sealed class IndexedDocuments(ContentDbContext db, Vocabulary vocabulary)
{
    /// <summary>The indexed ones among <paramref name="ids"/> whose article still exists, keyed by id.</summary>
    public async Task<Dictionary<int, RelatedDocument>> LoadAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<int, RelatedDocument>();
        foreach (var chunk in ids.Distinct().Order().Chunk(RelatedIndexing.ChunkSize))
        {
            var articles = await db.Articles.AsNoTracking()
                .Where(a => chunk.Contains(a.Id) && db.Set<IndexedArticle>().Any(i => i.ArticleId == a.Id))
                .Select(a => new { a.Id, a.AuthorId, a.PublishedAt })
                .ToListAsync(cancellationToken);
            var terms = (await db.Set<ArticleTerm>().AsNoTracking().Where(t => chunk.Contains(t.ArticleId)).ToListAsync(cancellationToken))
                .ToLookup(t => t.ArticleId);
            var tags = (await db.Set<ArticleTag>().AsNoTracking().Where(t => chunk.Contains(t.ArticleId))
                .OrderBy(t => t.Position).ThenBy(t => t.TagId).Select(t => new { t.ArticleId, t.TagId }).ToListAsync(cancellationToken))
                .ToLookup(t => t.ArticleId, t => t.TagId);
            foreach (var a in articles)
            {
                documents[a.Id] = new RelatedDocument(a.Id, a.AuthorId, a.PublishedAt, VectorOf(terms[a.Id]), tags[a.Id].ToArray());
            }
        }
        return documents;
    }

    /// <summary>How many indexed articles carry each tag, with its slug.</summary>
    public async Task<TagStatistics> TagStatisticsAsync(IEnumerable<int> tagIds, CancellationToken cancellationToken)
    {
        var documents = await db.Set<IndexedArticle>().CountAsync(cancellationToken);
        var tags = new Dictionary<int, (string, int)>();
        foreach (var chunk in tagIds.Distinct().Order().Chunk(RelatedIndexing.ChunkSize))
        {
            var counts = await db.Set<ArticleTag>()
                .Where(t => chunk.Contains(t.TagId) && db.Set<IndexedArticle>().Any(i => i.ArticleId == t.ArticleId))
                .GroupBy(t => t.TagId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            foreach (var tag in await db.Tags.AsNoTracking().Where(t => chunk.Contains(t.Id)).Select(t => new { t.Id, t.Slug }).ToListAsync(cancellationToken))
            {
                tags[tag.Id] = (tag.Slug, counts.GetValueOrDefault(tag.Id));
            }
        }
        return new TagStatistics(documents, tags);
    }

    /// <summary>Per term, the articles where it weighs most: an index range read each, never a scan.</summary>
    public async Task<List<(int Term, Posting Posting)>> PostingsAsync(IEnumerable<int> terms, CancellationToken cancellationToken)
    {
        var postings = new List<(int, Posting)>();
        // One UNION ALL of per-term "top N" reads per chunk; a query per term would be a round trip each.
        foreach (var chunk in terms.Distinct().Order().Chunk(20))
        {
            // Each row says its term by its id, not its text: reading and looking up 200 strings a term cost
            // as much as reading the postings.
            var query = chunk.Select(term => TopPostings(db, vocabulary[term]).Select(t => new { Term = term, t.ArticleId, t.Weight }))
                .Aggregate(Queryable.Concat);
            foreach (var row in await query.AsNoTracking().ToListAsync(cancellationToken))
            {
                postings.Add((row.Term, new Posting(row.ArticleId, row.Weight)));
            }
        }
        return postings;
    }

    /// <summary>A term's heaviest postings: one range of the term's index, in its order (see <see cref="ArticleTermConfiguration"/>).</summary>
    public static IQueryable<ArticleTerm> TopPostings(ContentDbContext db, string term) =>
        db.Set<ArticleTerm>().Where(t => t.Term == term)
            .OrderByDescending(t => t.Weight).ThenBy(t => t.ArticleId).Take(RelatedTuning.PostingsPerTerm);

    /// <summary>Articles carrying the tags that bring candidates (see <see cref="RelatedTuning.MaxTagPostings"/>).</summary>
    public async Task<List<(int Tag, int Article)>> TagPostingsAsync(IEnumerable<int> tagIds, TagStatistics tags, CancellationToken cancellationToken)
    {
        var rare = tagIds.Distinct().Where(t => tags.DocumentsOf(t) <= RelatedTuning.MaxTagPostings).Order().ToArray();
        var postings = new List<(int, int)>();
        foreach (var chunk in rare.Chunk(RelatedIndexing.ChunkSize))
        {
            var rows = await db.Set<ArticleTag>()
                .Where(t => chunk.Contains(t.TagId) && db.Set<IndexedArticle>().Any(i => i.ArticleId == t.ArticleId))
                .Select(t => new { t.TagId, t.ArticleId }).ToListAsync(cancellationToken);
            postings.AddRange(rows.Select(r => (r.TagId, r.ArticleId)));
        }
        return postings;
    }

    private TermVector VectorOf(IEnumerable<ArticleTerm> terms)
    {
        var sorted = terms.Select(t => (Id: vocabulary.IdOf(t.Term), t.Weight)).OrderBy(t => t.Id).ToArray();
        return new TermVector(sorted.Select(t => t.Id).ToArray(), sorted.Select(t => t.Weight).ToArray());
    }
}
