using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// A maintained list's size by date order's two segments, in one statement: the kept count, and the
/// undated visible articles (an index range over the few with no date) that follow the dated ones.
/// </summary>
public sealed class ListCounts(ContentDbContext db)
{
    public async Task<(int Total, int Undated)> ReadAsync(ArticleCountKey key, CancellationToken cancellationToken)
    {
        var undated = db.Articles.Visible().Where(a => a.PublishedAt == null);
        var found = key.List switch
        {
            CountedArticle.Author => await db.Authors.Where(a => a.Id == key.Key)
                .Select(a => new Sizes(a.ArticleCount, undated.Count(u => u.AuthorId == a.Id))).FirstOrDefaultAsync(cancellationToken),
            CountedArticle.Tag => await db.Tags.Where(t => t.Id == key.Key)
                .Select(t => new Sizes(t.ArticleCount, undated.Count(u => u.Tags.Any(ut => ut.TagId == t.Id)))).FirstOrDefaultAsync(cancellationToken),
            _ => await db.Set<ArticleCount>().Where(c => c.List == key.List)
                .Select(c => new Sizes(c.Count, undated.Count())).FirstOrDefaultAsync(cancellationToken),
        };
        return found is null ? (0, 0) : (found.Total, found.Undated);
    }

    private sealed record Sizes(int Total, int Undated);
}
