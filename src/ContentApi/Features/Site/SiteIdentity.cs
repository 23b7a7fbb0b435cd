using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Site;

/// <summary>What pages, feeds and sitemaps say about the publication. Null when not set.</summary>
/// <param name="Description">The site's description, else its tagline.</param>
public sealed record SiteIdentity(string? Name, string? Url, string? LogoUrl, string? Description = null)
{
    public static readonly SiteIdentity Unset = new(null, null, null, null);

    public static async Task<SiteIdentity> ReadAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        await db.Site.AsNoTracking().Where(s => s.Id == SiteSettings.SingletonId)
            .Select(s => new SiteIdentity(s.Name, s.Url, s.LogoUrl, s.Description ?? s.Tagline))
            .FirstOrDefaultAsync(cancellationToken) ?? Unset;

    /// <summary>The site's URL without a trailing slash, else the request's own base (scheme, host, path base).</summary>
    public string BaseUrlOr(HttpRequest request) =>
        (Url ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    /// <summary>Where an article is read: its canonical URL, else {base}/{slug}.</summary>
    public static string ArticleUrl(string baseUrl, string slug, string? canonicalUrl) =>
        canonicalUrl ?? $"{baseUrl.TrimEnd('/')}/{Uri.EscapeDataString(slug)}";
}
