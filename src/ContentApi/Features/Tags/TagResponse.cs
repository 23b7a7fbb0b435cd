using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Tags;

/// <summary>A tag and the number of published articles that carry it.</summary>
/// <param name="Description">What the tag covers; null when not written.</param>
/// <param name="Parent">The parent category's slug, for a category imported from WordPress under another; null at the top and for plain tags.</param>
/// <param name="ArticleCount">Published articles with this tag.</param>
public sealed record TagResponse(int Id, string Slug, string Name, string? Description, string? Parent, int ArticleCount)
    : IHasExample<TagResponse>
{
    public static TagResponse Example => new(1, "syria", "Syria", null, null, 4);
}
