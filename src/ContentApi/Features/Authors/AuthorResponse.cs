using ContentApi.Common.OpenApi;
using ContentApi.Features.Media;

namespace ContentApi.Features.Authors;

/// <summary>An author and the number of their published articles.</summary>
/// <param name="Bio">A short biography; null when the publication gives none.</param>
/// <param name="Website">The author's website; null when unknown.</param>
/// <param name="Twitter">The author's X/Twitter profile URL; null when unknown.</param>
/// <param name="Facebook">The author's Facebook page; null when unknown.</param>
/// <param name="ArticleCount">Published articles credited to the author.</param>
/// <param name="Avatar">The author's picture, ready for an `&lt;img&gt;`; null when none.</param>
public sealed record AuthorResponse(
    int Id, string Slug, string Name, string? Bio, string? Website, string? Twitter, string? Facebook, int ArticleCount, ResponsiveImage? Avatar)
    : IHasExample<AuthorResponse>
{
    public static AuthorResponse Example => new(1, "the-liberum", "The Liberum", "Vox Populi, Vox Dei", null, null, null, 1, null);
}
