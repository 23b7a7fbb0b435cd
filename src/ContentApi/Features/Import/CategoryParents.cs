using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Import;

/// <summary>
/// Categories keep their tree: `&lt;wp:category_parent&gt;` names the parent's nicename, which an export may
/// list after the child, so parents are set once every term is a tag. A parent already set stays unless
/// --update; a parent missing from the export, or a loop, is a warning and leaves the category at the top.
/// </summary>
public sealed class CategoryParents(ContentDbContext db)
{
    public async Task ApplyAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var wanted = Wanted(context);
        var ids = wanted.Keys.ToList();
        foreach (var tag in await db.Tags.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken))
        {
            var parent = wanted[tag.Id];
            if (tag.ParentId == parent || (tag.ParentId is not null && !context.Update))
            {
                continue;
            }
            ImportReport.Count(tag.ParentId is null ? context.Report.Imported : context.Report.Updated, "category parents");
            tag.ParentId = parent;
            tag.Version++;
            context.Wrote(tag, "tag", WriteKind.Updated);
        }
    }

    /// <summary>Tag id → its parent's tag id, for every category of the export with a parent it also holds.</summary>
    private static Dictionary<int, int> Wanted(ImportContext context)
    {
        var parents = context.Scan.Terms
            .Where(t => t.Value.Taxonomy == "category" && t.Value.Parent is not null)
            .ToDictionary(t => t.Key, t => WxrScan.TermKey(t.Value.Parent!), StringComparer.Ordinal);
        var wanted = new Dictionary<int, int>();
        foreach (var (key, parentKey) in parents)
        {
            if (!context.TagIds.TryGetValue(parentKey, out var parentId) || !context.TagIds.TryGetValue(key, out var id))
            {
                context.Report.Warn("category", $"category '{key}': its parent '{parentKey}' is not in the export; it stays at the top");
            }
            else if (InLoop(key, parents))
            {
                context.Report.Warn("category", $"category '{key}': its parents lead back to it; it stays at the top");
            }
            else
            {
                wanted[id] = parentId;
            }
        }
        return wanted;
    }

    private static bool InLoop(string key, Dictionary<string, string> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        for (var at = key; parents.TryGetValue(at, out var up); at = up)
        {
            if (!seen.Add(up))
            {
                return true;
            }
        }
        return false;
    }
}
