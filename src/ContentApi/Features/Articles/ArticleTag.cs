using ContentApi.Features.Tags;

namespace ContentApi.Features.Articles;

/// <summary>Joins an article to a tag; Position keeps the editor's order (the first tag is the primary one).</summary>
public sealed class ArticleTag
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int Position { get; set; }
}
