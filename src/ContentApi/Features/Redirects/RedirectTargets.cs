using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Import;
using ContentApi.Features.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Redirects;

/// <summary>
/// Where an old URL goes now: its article or page's current slug, as the API's URL or, when
/// `Import:FrontEndUrlPattern` is set, the front end's. Only a target the public may read redirects.
/// </summary>
public sealed class RedirectTargets(ContentDbContext db, IOptions<ImportOptions> options)
{
    public async Task<RedirectResponse?> FindAsync(string oldPath, CancellationToken cancellationToken)
    {
        var target = await db.Set<Redirect>().AsNoTracking().Where(r => r.Path == oldPath)
            .Select(r => new { r.ArticleId, r.PageId }).FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }
        var (type, slug) = target.ArticleId is int articleId
            ? ("article", await db.Articles.Where(a => a.Id == articleId).Visible().Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken))
            : ("page", await db.Set<Page>().Where(p => p.Id == target.PageId).Where(PageProjections.IsVisible).Select(p => p.Slug).FirstOrDefaultAsync(cancellationToken));
        return slug is null ? null : new RedirectResponse(oldPath, Location(type, slug), type, slug);
    }

    private string Location(string type, string slug)
    {
        var escaped = Uri.EscapeDataString(slug);
        return options.Value.FrontEndUrlPattern is { Length: > 0 } pattern
            ? pattern.Replace("{slug}", escaped, StringComparison.Ordinal).Replace("{type}", type, StringComparison.Ordinal)
            : type == "article" ? $"/api/v1/articles/{escaped}" : $"/api/v1/pages/{escaped}";
    }
}

/// <summary>Where an old URL now lives.</summary>
/// <param name="Path">The old URL in its normal form: path percent-decoded, lower-case, no trailing slash; or `?p=ID` / `?page_id=ID`.</param>
/// <param name="Location">Where it moved: the API URL of the article or page, or the front end's (`Import:FrontEndUrlPattern`). The old URL itself answers 301 here.</param>
/// <param name="Type">`article` or `page`.</param>
/// <param name="Slug">The article's or page's current slug.</param>
public sealed record RedirectResponse(string Path, string Location, string Type, string Slug) : Common.OpenApi.IHasExample<RedirectResponse>
{
    public static RedirectResponse Example => new("/2024/05/01/rockets-hit-a-base", "/api/v1/articles/rockets-hit-a-base", "article", "rockets-hit-a-base");
}
