using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>
/// The first pass over the file: the whole of it is read (so a truncated or broken file is refused
/// before anything is written) and what later items refer to is kept: the site, authors, terms
/// (the header's and any an item names), and attachments for featured images. Items are not kept.
/// </summary>
public sealed class WxrScan
{
    public required WxrSite Site { get; init; }
    public List<WxrAuthor> Authors { get; } = [];
    public Dictionary<string, WxrTerm> Terms { get; } = new(StringComparer.Ordinal);
    public Dictionary<long, WxrAttachment> Attachments { get; } = [];
    public Dictionary<string, int> ItemsByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Posts, pages and GiveWP forms: what the writing pass reports progress over.</summary>
    public int Importable => ItemsByType.Where(t => WordPressImporter.ImportedTypes.Contains(t.Key)).Sum(t => t.Value);

    public static WxrScan Read(string path)
    {
        using var file = File.OpenRead(path);
        WxrScan? scan = null;
        foreach (var record in WxrReader.Read(file))
        {
            switch (record)
            {
                case WxrSite site:
                    scan = new WxrScan { Site = site };
                    break;
                case WxrAuthor author when scan is not null:
                    scan.Authors.Add(author);
                    break;
                case WxrTerm term when scan is not null && term.Taxonomy is "category" or "post_tag":
                    scan.Terms.TryAdd(TermKey(term.Slug), term);
                    break;
                case WxrItem item when scan is not null:
                    scan.Add(item);
                    break;
            }
        }
        return scan ?? throw new WxrException("The export is empty.");
    }

    /// <summary>Categories and tags share the API's tags, so one slug is one tag.</summary>
    public static string TermKey(string slug) => WordPressFields.DecodeSlug(slug) ?? slug;

    private void Add(WxrItem item)
    {
        ItemsByType[item.PostType] = ItemsByType.GetValueOrDefault(item.PostType) + 1;
        if (item.PostType == "attachment" && WxrAttachment.From(item) is { } attachment)
        {
            Attachments[item.Id] = attachment;
        }
        foreach (var term in item.Terms.Where(t => t.Domain is "category" or "post_tag"))
        {
            Terms.TryAdd(TermKey(term.Slug), new WxrTerm(term.Domain, term.Slug, term.Name, null, null));
        }
    }
}
