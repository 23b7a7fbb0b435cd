using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Articles;

/// <summary>Open Graph properties (`og:*`, `article:*`) for link previews.</summary>
/// <param name="Type">Always `article` (`og:type`).</param>
/// <param name="Title">The headline (`og:title`).</param>
/// <param name="Description">As `seo.description` (`og:description`).</param>
/// <param name="Url">As `seo.canonicalUrl` (`og:url`).</param>
/// <param name="Image">The article's image (`og:image`); null while articles have none.</param>
/// <param name="SiteName">The site's name (`og:site_name`).</param>
/// <param name="PublishedTime">`article:published_time`: when it was published.</param>
/// <param name="ModifiedTime">`article:modified_time`: when it last changed, else when it was published.</param>
/// <param name="Author">`article:author`: the author's name.</param>
public sealed record OpenGraphTags(
    string Type, string Title, string? Description, string? Url, string? Image, string? SiteName,
    DateTime? PublishedTime, DateTime? ModifiedTime, string? Author);

/// <summary>Twitter (X) card properties (`twitter:*`).</summary>
/// <param name="Card">`summary_large_image` when the article has an image, else `summary`.</param>
public sealed record TwitterCardTags(string Card, string Title, string? Description, string? Image);

/// <summary>schema.org `NewsArticle` as JSON-LD, ready for a `script type="application/ld+json"` element.</summary>
/// <param name="Author">The author as a `Person` (`url`: their website); null when no byline is known.</param>
/// <param name="Publisher">The site as an `Organization`; null while the site has no name.</param>
/// <param name="Image">The article's image; left out when there is none.</param>
/// <param name="MainEntityOfPage">The canonical URL; left out when unknown.</param>
public sealed record NewsArticleJsonLd(
    string Headline, DateTime? DatePublished, DateTime? DateModified, JsonLdPerson? Author, JsonLdOrganization? Publisher,
    [property: OnRequest, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Image = null,
    [property: OnRequest, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MainEntityOfPage = null)
{
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-2)]
    public string Context => "https://schema.org";

    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "NewsArticle";
}

/// <summary>A schema.org `Person`.</summary>
public sealed record JsonLdPerson(string Name, string? Url)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Person";
}

/// <summary>A schema.org `Organization`: the publisher, with its logo when set (`logoUrl` of the site settings).</summary>
public sealed record JsonLdOrganization(string Name, string? Url, JsonLdImage? Logo)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Organization";
}

/// <summary>A schema.org `ImageObject`.</summary>
public sealed record JsonLdImage(string Url)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "ImageObject";
}
