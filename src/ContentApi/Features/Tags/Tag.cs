using ContentApi.Features.Articles;

namespace ContentApi.Features.Tags;

public sealed class Tag
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The parent category, for a WordPress category imported with one; null at the top and for plain tags.</summary>
    public int? ParentId { get; set; }
    public Tag? Parent { get; set; }
    public List<ArticleTag> Articles { get; set; } = [];

    /// <summary>Visible articles, kept exact by the write path (Articles/Counting), so reading it reads no article.</summary>
    public int ArticleCount { get; set; }

    /// <summary>Concurrency token, bumped by every write.</summary>
    public int Version { get; set; }
}
