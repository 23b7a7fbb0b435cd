using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// Keeps the counts exact inside the write's transaction: each written article's counts now (if it
/// is visible: its list, its author, its tags) against what it was last counted in; only the
/// difference moves a count. A scheduled article's moment reaches here as a ComingDue write.
/// </summary>
internal sealed class ArticleCounter(ContentDbContext db) : IWriteParticipant
{
    public async Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        var ids = writes.Where(w => w.Resource == ArticleSpec.ResourceName && w.Kind != WriteKind.Touched).Select(w => w.Id).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var before = await db.Set<CountedArticle>().Where(c => ids.Contains(c.ArticleId)).ToListAsync(cancellationToken);
        var visible = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Visible()
            .Select(a => new { a.Id, a.AuthorId, Tags = a.Tags.Select(t => t.TagId).ToList() })
            .ToListAsync(cancellationToken);
        var now = visible.SelectMany(a => CountsOf(a.Id, a.AuthorId, a.Tags)).ToHashSet();
        var left = before.Where(c => !now.Remove((c.ArticleId, c.List, c.Key))).ToList();

        db.RemoveRange(left);
        db.AddRange(now.Select(c => new CountedArticle { ArticleId = c.ArticleId, List = c.List, Key = c.Key }));
        var deltas = now.Select(c => (c.List, c.Key, Delta: 1)).Concat(left.Select(c => (c.List, c.Key, Delta: -1)))
            .GroupBy(c => (c.List, c.Key), c => c.Delta).Select(g => (g.Key.List, g.Key.Key, Delta: g.Sum()));
        foreach (var (list, key, delta) in deltas.Where(d => d.Delta != 0))
        {
            await MoveAsync(list, key, delta, cancellationToken);
        }
    }

    public static IEnumerable<(int ArticleId, string List, int Key)> CountsOf(int articleId, int? authorId, IEnumerable<int> tagIds) =>
        new[] { (articleId, CountedArticle.All, 0) }
            .Concat(authorId is { } author ? [(articleId, CountedArticle.Author, author)] : [])
            .Concat(tagIds.Select(tag => (articleId, CountedArticle.Tag, tag)));

    private async Task MoveAsync(string list, int key, int delta, CancellationToken cancellationToken)
    {
        if (list == CountedArticle.Author)
        {
            await db.Authors.Where(a => a.Id == key).ExecuteUpdateAsync(s => s.SetProperty(a => a.ArticleCount, a => a.ArticleCount + delta), cancellationToken);
        }
        else if (list == CountedArticle.Tag)
        {
            await db.Tags.Where(t => t.Id == key).ExecuteUpdateAsync(s => s.SetProperty(t => t.ArticleCount, t => t.ArticleCount + delta), cancellationToken);
        }
        else if (await db.Set<ArticleCount>().Where(c => c.List == list)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + delta), cancellationToken) == 0)
        {
            db.Add(new ArticleCount { List = list, Count = delta });
        }
    }
}
