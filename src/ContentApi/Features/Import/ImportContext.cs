using ContentApi.Common.Writes;
using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Media;
using ContentApi.Features.Pages;
using ContentApi.Features.Tags;

namespace ContentApi.Features.Import;

/// <summary>One import's state across its batches: what WordPress ids became, and the current batch's writes.</summary>
public sealed class ImportContext(WxrScan scan, ImportReport report, bool update, Actor actor)
{
    public WxrScan Scan => scan;
    public ImportReport Report => report;
    public bool Update => update;
    public string SiteUrl => scan.Site.Url;

    public Dictionary<string, int> AuthorIds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> TagIds { get; } = new(StringComparer.Ordinal);
    public Dictionary<long, int> FormIds { get; } = [];
    public Dictionary<long, int> PageIds { get; } = [];
    public Dictionary<long, int> MediaIds { get; } = [];

    /// <summary>Featured images made in the current batch, by attachment id, until it is saved.</summary>
    public Dictionary<long, MediaItem> NewMedia { get; } = [];

    /// <summary>Imported page → its WordPress parent's id, set once every page exists.</summary>
    public Dictionary<int, long> PageParents { get; } = [];

    /// <summary>Slugs and old paths claimed by this batch, not yet in the database.</summary>
    public HashSet<string> ClaimedArticleSlugs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ClaimedPageSlugs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ClaimedPaths { get; } = new(StringComparer.Ordinal);

    public List<(object Entity, string Kind, string Key, string Hash)> NewOrigins { get; } = [];
    public List<(object Entity, string Resource, WriteKind Kind)> Writes { get; } = [];

    public void Wrote(object entity, string resource, WriteKind kind) => Writes.Add((entity, resource, kind));

    /// <summary>The batch's write records, ids known now that it is saved; an article's author and tags are touched (their counts).</summary>
    public IReadOnlyList<WriteRecord> TakeWrites()
    {
        var records = new List<WriteRecord>();
        foreach (var (entity, resource, kind) in Writes)
        {
            records.Add(new WriteRecord(resource, IdOf(entity), kind, TargetOf(entity), actor));
            if (entity is Article article)
            {
                records.AddRange(article.Tags.Select(t => new WriteRecord("tag", t.TagId, WriteKind.Touched, null, actor)));
                if (article.AuthorId is int author)
                {
                    records.Add(new WriteRecord("author", author, WriteKind.Touched, null, actor));
                }
            }
        }
        Writes.Clear();
        ClaimedArticleSlugs.Clear();
        ClaimedPageSlugs.Clear();
        ClaimedPaths.Clear();
        return records.DistinctBy(r => (r.Resource, r.Id, r.Kind)).ToList();
    }

    public static int IdOf(object entity) => entity switch
    {
        Article a => a.Id,
        Page p => p.Id,
        Author a => a.Id,
        Tag t => t.Id,
        DonationForm f => f.Id,
        MediaItem m => m.Id,
        _ => throw new ArgumentException($"Not an imported entity: {entity.GetType().Name}", nameof(entity)),
    };

    private static string? TargetOf(object entity) => entity switch
    {
        Article a => a.Slug,
        Page p => p.Slug,
        Author a => a.Slug,
        Tag t => t.Slug,
        DonationForm f => f.Title,
        MediaItem m => m.FileName,
        _ => null,
    };
}
