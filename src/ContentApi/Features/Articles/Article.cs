using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Media;

namespace ContentApi.Features.Articles;

public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Excerpt { get; set; }

    /// <summary>Sanitised HTML; null when only a teaser of the article is known.</summary>
    public string? BodyHtml { get; set; }
    public string? BodyText { get; set; }
    public int? WordCount { get; set; }
    public int? ReadingTimeMinutes { get; set; }

    public ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    public int? AuthorId { get; set; }
    public Author? Author { get; set; }
    public List<ArticleTag> Tags { get; set; } = [];

    public string? SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public int? DonationFormId { get; set; }
    public DonationForm? DonationForm { get; set; }
    public string? CanonicalUrl { get; set; }
    public int? FeaturedImageId { get; set; }
    public MediaItem? FeaturedImage { get; set; }

    /// <summary>Pinned by the editor (WordPress's sticky posts): a front end shows it first.</summary>
    public bool Sticky { get; set; }

    /// <summary>Editor-chosen related articles, in the editor's order.</summary>
    public List<RelatedLink> RelatedLinks { get; set; } = [];

    /// <summary>Set when deleted: the row stays as a tombstone (for sync) and is never visible.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>Concurrency token, bumped by every write (see <see cref="Common.Writes.Versioned"/>).</summary>
    public int Version { get; set; }
}
