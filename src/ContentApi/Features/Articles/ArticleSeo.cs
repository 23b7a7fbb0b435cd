using ContentApi.Features.Site;

namespace ContentApi.Features.Articles;

/// <summary>
/// An article's page head, computed from its data and the site settings (no stored SEO fields):
/// what a front end puts in title, meta description, canonical link, Open Graph, Twitter card and
/// JSON-LD tags. A value the data does not give is null, never made up.
/// </summary>
/// <param name="Title">`{article title} | {site name}`; the article title alone while the site has no name.</param>
/// <param name="Description">The excerpt, else the body text's first 160 characters or so (cut at a word, with …); null when neither exists.</param>
/// <param name="CanonicalUrl">The article's `canonicalUrl`, else `{site url}/{slug}` when the site's `url` is set, else null.</param>
public sealed record ArticleSeo(
    string Title, string? Description, string? CanonicalUrl, OpenGraphTags OpenGraph, TwitterCardTags Twitter, NewsArticleJsonLd JsonLd)
{
    public const int DescriptionLength = 160;

    public static ArticleSeo For(ArticleResponse article, SiteIdentity site, string? image = null)
    {
        var description = article.Excerpt ?? Shorten(article.BodyText);
        var canonical = article.CanonicalUrl ?? (site.Url is null ? null : SiteIdentity.ArticleUrl(site.Url, article.Slug, null));
        var modified = article.UpdatedAt ?? article.PublishedAt;
        var author = article.Author is { } a ? new JsonLdPerson(a.Name, a.Website) : null;
        var publisher = site.Name is { } name
            ? new JsonLdOrganization(name, site.Url, site.LogoUrl is { } logo ? new JsonLdImage(logo) : null)
            : null;
        return new ArticleSeo(
            site.Name is null ? article.Title : $"{article.Title} | {site.Name}",
            description,
            canonical,
            new OpenGraphTags("article", article.Title, description, canonical, image, site.Name, article.PublishedAt, modified, article.Author?.Name),
            new TwitterCardTags(image is null ? "summary" : "summary_large_image", article.Title, description, image),
            new NewsArticleJsonLd(article.Title, article.PublishedAt, modified, author, publisher, image, canonical));
    }

    /// <summary>The text up to the last word that fits in <see cref="DescriptionLength"/> characters, whitespace collapsed.</summary>
    internal static string? Shorten(string? text)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= DescriptionLength)
        {
            return flat.Length == 0 ? null : flat;
        }
        var cut = flat.LastIndexOf(' ', DescriptionLength);
        return (cut > 0 ? flat[..cut] : flat[..DescriptionLength]).TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
