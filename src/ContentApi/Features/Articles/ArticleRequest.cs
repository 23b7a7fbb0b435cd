using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Articles;

/// <summary>
/// An article as written by an editor: the response's shape, with references by slug. For PUT,
/// a field left out takes its default (status `draft`, excerpt derived from the body), except
/// `slug`, which stays. Unknown fields are refused, so a typo is a 400, not a silent no-op.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ArticleRequest : IHasExample<ArticleRequest>
{
    /// <summary>The headline, plain text.</summary>
    [Required] public string? Title { get; init; }
    /// <summary>The URL name: lower-case letters, digits and single dashes. Left out: derived from the title on create, kept on replace.</summary>
    public string? Slug { get; init; }
    /// <summary>The body as HTML. It is sanitised: script, style, event handlers, forms, `javascript:` URLs and iframes not from an allowed player are removed; links get `rel="noopener"`.</summary>
    public string? BodyHtml { get; init; }
    /// <summary>The body as Markdown instead of HTML (converted, then sanitised the same way). Give one of the two.</summary>
    public string? BodyMarkdown { get; init; }
    /// <summary>A short summary, plain text. Left out: the first paragraph, cut at 300 characters.</summary>
    public string? Excerpt { get; init; }
    /// <summary>`draft` (default), `published`, `scheduled` (visible from `publishedAt`) or `archived`.</summary>
    public string? Status { get; init; }
    /// <summary>When it is (or was) published, ISO 8601 (UTC unless an offset is given). Left out on a published article: now. Required when scheduled.</summary>
    public DateTime? PublishedAt { get; init; }
    /// <summary>The author's slug, e.g. `the-liberum`.</summary>
    public string? Author { get; init; }
    /// <summary>Tag slugs, primary tag first.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>Who the story comes from.</summary>
    public SourceRequest? Source { get; init; }
    /// <summary>The id of the donation form the page embeds.</summary>
    public int? DonationFormId { get; init; }
    /// <summary>The article's canonical URL, absolute http(s).</summary>
    [HttpUrl] public string? CanonicalUrl { get; init; }
    /// <summary>The id of the article's image in the media library (see /api/v1/media); null for none.</summary>
    public int? FeaturedImageId { get; init; }

    public static ArticleRequest Example => new()
    {
        Title = "In retaliation to airstrike US forces receive rocket attack in Syria",
        BodyHtml = "<p>American troops came under rocket fire in eastern Syria on Monday, but escaped injury, in apparent retaliation for US airstrikes against Iran-aligned militia in Syria and Iraq.</p>",
        Status = "published",
        Author = "the-liberum",
        Tags = [],
        Source = new SourceRequest("Asharq Al-Awsat", null),
        DonationFormId = 6,
    };
}

/// <param name="Name">The source's name, e.g. `Asharq Al-Awsat`.</param>
/// <param name="Url">A link to the source, absolute http(s); optional.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SourceRequest([property: Required] string? Name, [property: HttpUrl] string? Url);
