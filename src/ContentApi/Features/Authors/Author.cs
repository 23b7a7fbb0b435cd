using ContentApi.Features.Articles;
using ContentApi.Features.Media;

namespace ContentApi.Features.Authors;

public sealed class Author
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Bio { get; set; }
    public string? Website { get; set; }
    public string? Twitter { get; set; }
    public string? Facebook { get; set; }
    public int? AvatarId { get; set; }
    public MediaItem? Avatar { get; set; }
    public List<Article> Articles { get; set; } = [];

    /// <summary>Visible articles, kept exact by the write path (Articles/Counting), so reading it reads no article.</summary>
    public int ArticleCount { get; set; }

    /// <summary>Concurrency token, bumped by every write.</summary>
    public int Version { get; set; }
}
