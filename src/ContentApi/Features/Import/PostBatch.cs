using ContentApi.Data;
using ContentApi.Features.Import.Wxr;
using ContentApi.Features.Pages;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Import;

/// <summary>
/// What a batch of posts (or pages) needs from the database, read in two queries rather than two per
/// item: their origins (tracked, so an update can change the hash) and which of the slugs they ask for
/// are taken.
/// </summary>
public sealed class PostBatch
{
    public static readonly PostBatch Empty = new([], []);

    private readonly Dictionary<(string Kind, string Key), WordPressOrigin> _origins;
    private readonly HashSet<string> _takenSlugs;

    private PostBatch(Dictionary<(string, string), WordPressOrigin> origins, HashSet<string> takenSlugs) =>
        (_origins, _takenSlugs) = (origins, takenSlugs);

    public static async Task<PostBatch> LoadAsync(ContentDbContext db, IReadOnlyList<WxrItem> batch, ImportContext context, CancellationToken cancellationToken)
    {
        var keys = batch.Select(i => ImportedItems.Key(i.Id)).ToList();
        var origins = await db.Set<WordPressOrigin>()
            .Where(o => o.SiteUrl == context.SiteUrl && (o.Kind == "post" || o.Kind == "page") && keys.Contains(o.Key))
            .ToDictionaryAsync(o => (o.Kind, o.Key), cancellationToken);
        var slugs = batch.Select(WordPressFields.Slug).OfType<string>().Distinct().ToList();
        HashSet<string> taken = batch.Any(i => i.PostType == "page")
            ? [.. await db.Set<Page>().Where(p => slugs.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken)]
            : [.. await db.Articles.Where(a => slugs.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken)];
        return new PostBatch(origins, taken);
    }

    public static string OriginKind(WxrItem item) => item.PostType == "page" ? "page" : "post";

    public WordPressOrigin? Origin(WxrItem item) => _origins.GetValueOrDefault((OriginKind(item), ImportedItems.Key(item.Id)));

    /// <summary>Null when the slug is not the one the item asked for: then the caller looks it up.</summary>
    public bool? IsTaken(string slug, WxrItem item) => slug == WordPressFields.Slug(item) ? _takenSlugs.Contains(slug) : null;
}
