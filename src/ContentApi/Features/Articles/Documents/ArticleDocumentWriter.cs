using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Authors;
using ContentApi.Features.Media;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Keeps the stored documents true inside each write's transaction. A written article's document is
/// rendered again (or dropped when it left the public view); a written author, tag, image or site
/// drops the documents that show it, in one set statement each, and the
/// <see cref="ArticleDocumentWorker"/> renders them after the commit. Until then the read renders
/// those articles itself, so no answer is ever older than the last commit.
/// </summary>
internal sealed class ArticleDocumentWriter(
    ContentDbContext db, ArticleDocumentRenderer renderer, ArticleDocumentWorker worker, IDatabaseProvider provider) : IWriteParticipant
{
    /// <summary>More articles than this in one write (an import) are dropped and left to the worker, keeping the transaction short.</summary>
    public const int RenderedInline = 50;

    public async Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        // An article coming due changed nothing stored: its document already holds the moment it becomes visible.
        var changed = writes.Where(w => w.Kind is not (WriteKind.Touched or WriteKind.ComingDue)).ToList();
        var articles = IdsOf(changed, ArticleSpec.ResourceName);
        var (authors, tags, media) = (IdsOf(changed, AuthorChanges.TypeName), IdsOf(changed, TagChanges.TypeName), IdsOf(changed, MediaSpec.ResourceName));
        var site = changed.Any(w => w.Resource == SiteChanges.TypeName);
        if (articles.Count + authors.Count + tags.Count + media.Count == 0 && !site)
        {
            return;
        }
        // On PostgreSQL, the worker renders under the same lock: it cannot store what this write is dropping.
        await provider.SerializeWritesAsync(db, cancellationToken);
        var documents = db.Set<ArticleDocument>();
        var dropped = site ? await documents.ExecuteDeleteAsync(cancellationToken) : await DropShowingAsync(documents, authors, tags, media, cancellationToken);
        await documents.Where(d => articles.Contains(d.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        if (articles.Count <= RenderedInline)
        {
            db.AddRange(await renderer.RenderAsync(articles, cancellationToken));
        }
        if (dropped > 0 || articles.Count > RenderedInline)
        {
            worker.Want();
        }
    }

    private async Task<int> DropShowingAsync(
        IQueryable<ArticleDocument> documents, List<int> authors, List<int> tags, List<int> media, CancellationToken cancellationToken)
    {
        var dropped = 0;
        if (authors.Count > 0)
        {
            dropped += await documents.Where(d => db.Articles.Any(a => a.Id == d.ArticleId && authors.Contains(a.AuthorId!.Value)))
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (tags.Count > 0)
        {
            dropped += await documents.Where(d => db.Set<ArticleTag>().Any(t => t.ArticleId == d.ArticleId && tags.Contains(t.TagId)))
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (media.Count > 0)
        {
            // A featured image, or the author's avatar in the author box.
            dropped += await documents.Where(d => db.Articles.Any(a => a.Id == d.ArticleId
                    && (media.Contains(a.FeaturedImageId!.Value) || (a.Author != null && media.Contains(a.Author.AvatarId!.Value)))))
                .ExecuteDeleteAsync(cancellationToken);
        }
        return dropped;
    }

    private static List<int> IdsOf(IEnumerable<WriteRecord> writes, string resource) =>
        writes.Where(w => w.Resource == resource).Select(w => w.Id).Distinct().ToList();
}
