using ContentApi.Common.OpenApi;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Media;
using ContentApi.Related;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// An article in a list. Small by default: author and tags as {slug, name}, the donation form as its
/// id. Properties marked "with include=…" or "with q" are written only then; with `fields`, only the
/// properties named are written, so the schema requires none. Without `fields`, every other property
/// is always written (null when unknown).
/// </summary>
/// <param name="Author">Who wrote it; null when no byline is known. With include=author, the whole author box.</param>
/// <param name="Tags">Its tags, primary tag first. With include=tags, each with its description.</param>
/// <param name="ReadingTime">Minutes to read the body at 275 words a minute; null when only a teaser is known.</param>
/// <param name="DonationFormId">The donation form the page embeds; null when none.</param>
/// <param name="FeaturedImage">The article's image, ready for an `&lt;img&gt;`; null when it has none.</param>
/// <param name="Sticky">Pinned by the editor (a WordPress sticky post): show it first.</param>
/// <param name="DonationForm">With include=donationForm: the embedded form (null when none).</param>
/// <param name="Related">With include=related: "More articles you might like", as `GET /api/v1/articles/{slug}/related` serves it (at most relatedLimit items).</param>
/// <param name="Score">With q: how well the article matches; higher is better (bm25, title weighted above body).</param>
/// <param name="Snippet">With q: a short passage around the matches, as HTML: escaped text, matches in &lt;mark&gt;.</param>
[Sparse]
public sealed record ArticleListEntry(
    int Id, string Slug, string Title, string? Excerpt, DateTime? PublishedAt, DateTime? UpdatedAt,
    ListAuthor? Author, IReadOnlyList<ListTag> Tags, int? ReadingTime, int? DonationFormId, ResponsiveImage? FeaturedImage, bool Sticky,
    [property: OnRequest] DonationFormResponse? DonationForm = null,
    [property: OnRequest] RelatedArticles? Related = null,
    [property: OnRequest] double? Score = null,
    [property: OnRequest] string? Snippet = null) : IHasExample<ArticleListEntry>
{
    /// <summary>An item with every include and a search hit, so the example shows each optional property.</summary>
    public static ArticleListEntry Example => From(ArticleExamples.ListItem) with
    {
        Author = new ListAuthor("ali-albeash", "Ali Albeash", 3),
        DonationForm = null,
        Related = RelatedExamples.List,
        Score = 2.56,
        Snippet = "Ahmed al-Sharaa, <mark>Syria</mark>&#x27;s new interim leader, has failed in his responsibility to protect all <mark>Syrians</mark>…",
    };

    /// <summary>The default shape of a list item.</summary>
    public static ArticleListEntry From(ArticleListItem item) => new(
        item.Id, item.Slug, item.Title, item.Excerpt, item.PublishedAt, item.UpdatedAt,
        item.Author is { } author ? new ListAuthor(author.Slug, author.Name) : null,
        item.Tags.Select(t => new ListTag(t.Slug, t.Name)).ToList(),
        item.ReadingTime, item.DonationFormId, item.FeaturedImage, item.Sticky);
}

/// <summary>An article's author: {slug, name}; with include=author also id, bio and links.</summary>
public sealed record ListAuthor(
    string Slug, string Name,
    [property: OnRequest] int? Id = null,
    [property: OnRequest] string? Bio = null,
    [property: OnRequest] string? Website = null,
    [property: OnRequest] string? Twitter = null,
    [property: OnRequest] string? Facebook = null);

/// <summary>An article's tag: {slug, name}; with include=tags also its description.</summary>
public sealed record ListTag(string Slug, string Name, [property: OnRequest] string? Description = null);
