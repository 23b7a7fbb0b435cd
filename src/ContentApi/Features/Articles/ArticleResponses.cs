using System.Text.Json.Serialization;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Related;
using ContentApi.Features.Media;

namespace ContentApi.Features.Articles;

/// <summary>An article as it appears in lists: enough for a teaser.</summary>
/// <param name="Id">Stable numeric id.</param>
/// <param name="Slug">The article's URL name, unique.</param>
/// <param name="Title">The headline.</param>
/// <param name="Excerpt">A short summary; an ellipsis (…) marks where a teaser was cut.</param>
/// <param name="PublishedAt">When it was published (UTC); null when the publication did not say.</param>
/// <param name="UpdatedAt">When it was last changed (UTC); null when unknown.</param>
/// <param name="Author">Who wrote it; null when no byline is known.</param>
/// <param name="Tags">Its tags, primary tag first.</param>
/// <param name="ReadingTime">Minutes to read the body at 275 words a minute; null when only a teaser is known.</param>
/// <param name="DonationFormId">The donation form the page embeds (see /api/v1/donation-forms/{id}); null when none.</param>
/// <param name="FeaturedImage">The article's image, ready for an `&lt;img&gt;` (a teaser's `sizes`); null when it has none.</param>
/// <param name="Sticky">Pinned by the editor (a WordPress sticky post): show it first.</param>
public sealed record ArticleListItem(
    int Id, string Slug, string Title, string? Excerpt, DateTime? PublishedAt, DateTime? UpdatedAt,
    AuthorRef? Author, IReadOnlyList<TagRef> Tags, int? ReadingTime, int? DonationFormId, ResponsiveImage? FeaturedImage, bool Sticky) : IHasExample<ArticleListItem>
{
    public static ArticleListItem Example => ArticleExamples.ListItem;
}

/// <summary>A whole article, with its author box and tags embedded.</summary>
/// <param name="BodyHtml">The body as sanitised HTML; null when only a teaser is known.</param>
/// <param name="BodyText">The body as plain text, paragraphs separated by a blank line.</param>
/// <param name="Status">Always `published` on the public API.</param>
/// <param name="Source">Where the story comes from ("Source:" on the page); null when not credited.</param>
/// <param name="WordCount">Words in the body; null when only a teaser is known.</param>
/// <param name="DonationFormId">The donation form the page embeds (see /api/v1/donation-forms/{id}); null when none.</param>
/// <param name="CanonicalUrl">The article's canonical URL; null when unknown.</param>
/// <param name="FeaturedImage">The article's image, ready for an `&lt;img&gt;`; null when it has none.</param>
/// <param name="Sticky">Pinned by the editor (a WordPress sticky post): show it first.</param>
public sealed record ArticleResponse(
    int Id, string Slug, string Title, string? Excerpt, string? BodyHtml, string? BodyText, ArticleStatus Status,
    DateTime? PublishedAt, DateTime? UpdatedAt, ArticleAuthor? Author, IReadOnlyList<TagRef> Tags,
    SourceAttribution? Source, int? WordCount, int? ReadingTime, int? DonationFormId, string? CanonicalUrl, ResponsiveImage? FeaturedImage, bool Sticky)
    : IHasExample<ArticleResponse>, ILastModified
{
    /// <summary>The seed article as served on a fresh start: the site has a name but no url yet.</summary>
    public static ArticleResponse Example => ArticleExamples.Article with
    {
        Seo = ArticleSeo.For(ArticleExamples.Article, new Site.SiteIdentity("The Liberum", null, null)),
    };

    [JsonIgnore]
    public DateTime? LastModified => UpdatedAt ?? PublishedAt;

    /// <summary>
    /// The page head computed from the article and the site settings: title, description, canonical URL,
    /// Open Graph, Twitter card and schema.org NewsArticle JSON-LD. Sent on every item GET and write answer.
    /// </summary>
    public ArticleSeo? Seo { get; init; }

    /// <summary>"More articles you might like", as `GET /api/v1/articles/{slug}/related` serves it; null unless `include=related`.</summary>
    public RelatedArticles? Related { get; init; }
}

/// <summary>The author box shown under an article.</summary>
/// <param name="Avatar">The author's picture, ready for an `&lt;img&gt;`; null when none.</param>
public sealed record ArticleAuthor(int Id, string Slug, string Name, string? Bio, string? Website, string? Twitter, string? Facebook, ResponsiveImage? Avatar);

/// <summary>A reference to an author.</summary>
public sealed record AuthorRef(string Slug, string Name);

/// <summary>A reference to a tag.</summary>
public sealed record TagRef(string Slug, string Name);

/// <summary>Who the story is credited to. Url is null when the page gives none.</summary>
public sealed record SourceAttribution(string Name, string? Url);
