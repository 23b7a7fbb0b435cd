using ContentApi.Features.Articles;
using ContentApi.Features.Authors;

namespace ContentApi.Features.Pages;

/// <summary>A standalone page ("About", "Contact"): readable by slug, never in article lists, feeds or search.</summary>
public sealed class Page
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Excerpt { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string? BodyHtml { get; set; }
    public string? BodyText { get; set; }

    /// <summary>The same workflow as articles: only published pages (and scheduled ones once due) are public.</summary>
    public ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>The page this one sits under in the site's page tree; null at the top.</summary>
    public int? ParentId { get; set; }
    public Page? Parent { get; set; }

    /// <summary>Order among its siblings, ascending.</summary>
    public int MenuOrder { get; set; }

    public int? AuthorId { get; set; }
    public Author? Author { get; set; }

    public int Version { get; set; }
}
