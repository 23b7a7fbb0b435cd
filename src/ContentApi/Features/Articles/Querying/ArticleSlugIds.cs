using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// The ids of a filter's author and tag slugs, kept in memory: their statement was one of a filtered list's five.
/// Forgotten after every committed write here (a slug renamed, an author or tag added or deleted), and on
/// another instance's commit when they share Redis; re-read at least every <see cref="Lifetime"/> otherwise.
/// </summary>
public sealed class ArticleSlugIds(TimeProvider clock) : KeptContentMemory<(List<int?> Authors, List<int> Tags)>(clock, Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public Task<(List<int?> Authors, List<int> Tags)> IdsAsync(ArticleListRequest request, ContentDbContext db, CancellationToken cancellationToken) =>
        GetAsync($"{string.Join(',', request.Authors)}/{string.Join(',', request.Tags)}", () => ReadAsync(request, db, cancellationToken), cancellationToken);

    /// <summary>The authors' and tags' ids in one statement. (The lists are shared by every request that reads them from memory: never changed.)</summary>
    private static async Task<(List<int?> Authors, List<int> Tags)> ReadAsync(
        ArticleListRequest request, ContentDbContext db, CancellationToken cancellationToken)
    {
        var authors = db.Authors.Where(a => request.Authors.Contains(a.Slug)).Select(a => new SlugOwner { IsTag = false, Id = a.Id });
        var tags = db.Tags.Where(t => request.Tags.Contains(t.Slug)).Select(t => new SlugOwner { IsTag = true, Id = t.Id });
        var found = await authors.Concat(tags).ToListAsync(cancellationToken);
        return (found.Where(f => !f.IsTag).Select(f => (int?)f.Id).ToList(), found.Where(f => f.IsTag).Select(f => f.Id).ToList());
    }

    private sealed class SlugOwner
    {
        public bool IsTag { get; init; }
        public int Id { get; init; }
    }
}
