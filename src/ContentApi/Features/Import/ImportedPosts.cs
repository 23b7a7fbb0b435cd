using System.Globalization;
using ContentApi.Common.Text;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;
using ContentApi.Features.Pages;
using ContentApi.Features.Redirects;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Import;

/// <summary>Posts become articles and pages become pages, each with its old permalinks as redirects.</summary>
public sealed class ImportedPosts(ContentDbContext db, ArticleHtml html)
{
    private readonly List<(object Target, string Path)> _paths = [];
    private PostBatch _batch = PostBatch.Empty;

    public async Task PrepareAsync(IReadOnlyList<WxrItem> batch, ImportContext context, CancellationToken cancellationToken) =>
        _batch = await PostBatch.LoadAsync(db, batch, context, cancellationToken);

    public async Task ImportAsync(WxrItem item, ImportContext context, CancellationToken cancellationToken)
    {
        var isPage = item.PostType == "page";
        var kind = isPage ? "pages" : "articles";
        var label = $"{item.PostType} {item.Id} '{ImportedItems.Limit(item.Title, 60)}'";
        if (WordPressFields.Status(item) is not { } status)
        {
            context.Report.Skipped.Add($"{label}: status '{item.Status}' is not imported (trash, auto-draft)");
            return;
        }
        var key = ImportedItems.Key(item.Id);
        var originKind = isPage ? "page" : "post";
        var origin = _batch.Origin(item);
        if (origin is not null && (origin.Hash == item.Hash || !context.Update))
        {
            ImportedItems.Unchanged(context, kind, item, origin.Hash != item.Hash);
            if (isPage)
            {
                context.PageIds[item.Id] = origin.EntityId;
            }
            return;
        }
        var content = PostContent.From(item, html);
        if (content.UnknownShortcodes.Count > 0)
        {
            context.Report.Warn("shortcode", $"{label}: left as written: [{string.Join("], [", content.UnknownShortcodes)}]");
        }
        var (date, dateProblem) = WordPressFields.Date(item);
        if (dateProblem is not null)
        {
            context.Report.Warn("date", $"{label}: {dateProblem}");
        }
        if (isPage && item.Meta.TryGetValue("_thumbnail_id", out var thumbnail))
        {
            context.Report.Warn("featured image", $"{label}: its featured image (attachment {thumbnail}) is not imported; pages have no image");
        }
        if (item.Password is not null)
        {
            context.Report.Warn("password", $"{label}: password-protected, imported as a draft (the API has no post passwords)");
        }
        int? authorId = item.Creator is { } creator && context.AuthorIds.TryGetValue(creator, out var found) ? found : null;
        if (authorId is null)
        {
            context.Report.Warn("author", $"{label}: its author '{item.Creator}' is not in the export's header; imported without an author");
        }
        var title = item.Title.Trim();
        if (title.Length > 500)
        {
            context.Report.Warn("title", $"{label}: the title is {title.Length} characters; cut to 500");
            title = title[..500];
        }
        object target = isPage
            ? (object)await PageAsync(item, origin, title, content, status, date, authorId, context, label, cancellationToken)
            : await ArticleAsync(item, origin, title, content, status, date, authorId, context, label, cancellationToken);
        if (origin is null)
        {
            context.NewOrigins.Add((target, originKind, key, item.Hash));
            ImportReport.Count(context.Report.Imported, kind);
        }
        else
        {
            origin.Hash = item.Hash;
            ImportReport.Count(context.Report.Updated, kind);
        }
        foreach (var path in OldPaths(item, isPage))
        {
            _paths.Add((target, path));
        }
    }

    private async Task<Article> ArticleAsync(WxrItem item, WordPressOrigin? origin, string title, PostContent content, ArticleStatus status,
        DateTime? date, int? authorId, ImportContext context, string label, CancellationToken cancellationToken)
    {
        var article = origin is null
            ? new Article { Slug = "", Title = "" }
            : await db.Articles.Include(a => a.Tags).FirstAsync(a => a.Id == origin.EntityId, cancellationToken);
        if (origin is null)
        {
            article.Slug = await FreeSlugAsync(item, title, "article", context.ClaimedArticleSlugs,
                slug => Taken(slug, item, s => db.Articles.AnyAsync(a => a.Slug == s, cancellationToken)), context, label);
            db.Articles.Add(article);
        }
        (article.Title, article.BodyHtml, article.BodyText, article.WordCount, article.ReadingTimeMinutes, article.Excerpt) =
            (title, content.Body?.Html, content.Body?.Text, content.Body?.WordCount, content.Body?.ReadingTimeMinutes, content.Excerpt);
        (article.Status, article.PublishedAt, article.AuthorId, article.UpdatedAt) = (status, date, authorId, date);
        article.DonationFormId = FormOf(content.FormIds, context, label);
        FeaturedImages.Attach(article, item, context, label);
        article.Sticky = item.Sticky;
        var tags = item.Terms.Where(t => t.Domain is "category" or "post_tag").Select(t => WxrScan.TermKey(t.Slug))
            .Where(context.TagIds.ContainsKey).Select(k => context.TagIds[k]).Distinct().ToList();
        article.Tags.RemoveAll(t => !tags.Contains(t.TagId));
        foreach (var (tagId, position) in tags.Select((t, i) => (t, i)))
        {
            if (article.Tags.Find(t => t.TagId == tagId) is { } existing)
            {
                existing.Position = position;
            }
            else
            {
                article.Tags.Add(new ArticleTag { TagId = tagId, Position = position });
            }
        }
        article.Version++;
        context.Wrote(article, ArticleSpec.ResourceName, origin is null ? WriteKind.Created : WriteKind.Updated);
        return article;
    }

    private async Task<Page> PageAsync(WxrItem item, WordPressOrigin? origin, string title, PostContent content, ArticleStatus status,
        DateTime? date, int? authorId, ImportContext context, string label, CancellationToken cancellationToken)
    {
        var page = origin is null ? new Page { Slug = "", Title = "" } : await db.Set<Page>().FirstAsync(p => p.Id == origin.EntityId, cancellationToken);
        if (origin is null)
        {
            page.Slug = await FreeSlugAsync(item, title, "page", context.ClaimedPageSlugs,
                slug => Taken(slug, item, s => db.Set<Page>().AnyAsync(p => p.Slug == s, cancellationToken)), context, label);
            db.Add(page);
        }
        (page.Title, page.BodyHtml, page.BodyText, page.Excerpt, page.Status) = (title, content.Body?.Html, content.Body?.Text, content.Excerpt, status);
        (page.PublishedAt, page.UpdatedAt, page.AuthorId, page.MenuOrder) = (date, date, authorId, item.MenuOrder);
        page.Version++;
        context.Wrote(page, "page", origin is null ? WriteKind.Created : WriteKind.Updated);
        _pendingPages.Add((page, item.Id, item.ParentId));
        return page;
    }

    private readonly List<(Page Page, long WordPressId, long ParentId)> _pendingPages = [];

    /// <summary>The batch is saved: pages have ids, and the old paths become redirects (a path already taken is reported, not moved).</summary>
    public async Task AfterSaveAsync(ImportContext context, CancellationToken cancellationToken)
    {
        foreach (var (page, wordPressId, parentId) in _pendingPages)
        {
            context.PageIds[wordPressId] = page.Id;
            if (parentId > 0)
            {
                context.PageParents[page.Id] = parentId;
            }
        }
        _pendingPages.Clear();
        var paths = _paths.Select(p => p.Path).Distinct().ToList();
        var taken = (await db.Set<Redirect>().Where(r => paths.Contains(r.Path)).Select(r => r.Path).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (target, path) in _paths)
        {
            if (!context.ClaimedPaths.Add(path) || taken.Contains(path))
            {
                continue;
            }
            db.Add(target is Article article ? new Redirect { Path = path, ArticleId = article.Id } : new Redirect { Path = path, PageId = ((Page)target).Id });
            ImportReport.Count(context.Report.Imported, "redirects");
        }
        _paths.Clear();
    }

    /// <summary>Once every page exists: each imported page under its WordPress parent.</summary>
    public async Task PageTreeAsync(ImportContext context, CancellationToken cancellationToken)
    {
        foreach (var (pageId, parentWordPressId) in context.PageParents)
        {
            var parentId = context.PageIds.TryGetValue(parentWordPressId, out var parent) ? parent : (int?)null;
            await db.Set<Page>().Where(p => p.Id == pageId && p.ParentId != parentId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, parentId), cancellationToken);
        }
    }

    private Task<bool> Taken(string slug, WxrItem item, Func<string, Task<bool>> lookUp) =>
        _batch.IsTaken(slug, item) is { } known ? Task.FromResult(known) : lookUp(slug);

    private static int? FormOf(IReadOnlyList<int> formIds, ImportContext context, string label)
    {
        foreach (var id in formIds)
        {
            if (context.FormIds.TryGetValue(id, out var form))
            {
                return form;
            }
            context.Report.Warn("givewp", $"{label}: embeds GiveWP form {id}, which is not in the export");
        }
        return null;
    }

    private static async Task<string> FreeSlugAsync(WxrItem item, string title, string prefix, HashSet<string> claimed, Func<string, Task<bool>> taken,
        ImportContext context, string label)
    {
        var wanted = WordPressFields.Slug(item);
        if (wanted is null)
        {
            context.Report.Warn("slug", $"{label}: no usable post_name; the slug is made from the title");
        }
        var stem = wanted ?? Slug.FromOrHash(title.Length > 0 ? title : $"{prefix}-{item.Id}", prefix);
        var slug = stem;
        for (var n = 2; claimed.Contains(slug) || await taken(slug); n++)
        {
            slug = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
        }
        if (slug != stem)
        {
            context.Report.Warn("slug", $"{label}: the slug '{stem}' is taken; imported as '{slug}'");
        }
        claimed.Add(slug);
        return slug;
    }

    /// <summary>The `&lt;link&gt;`, `?p=ID` (`?page_id=ID` for a page) and, for a post, `/YYYY/MM/DD/slug` from its local date.</summary>
    private static IEnumerable<string> OldPaths(WxrItem item, bool isPage)
    {
        if (OldPath.Normalize(item.Link) is { } link)
        {
            yield return link;
        }
        yield return OldPath.ForQuery(isPage ? "page_id" : "p", item.Id);
        if (!isPage && item.PostName is not null && WordPressFields.LocalDate(item) is { } local && OldPath.Normalize($"/{local:yyyy'/'MM'/'dd}/{item.PostName}/") is { } dated)
        {
            yield return dated;
        }
    }

}
