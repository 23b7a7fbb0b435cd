using ContentApi.Features.Articles;
using ContentApi.Features.Pages;

namespace ContentApi.Features.Redirects;

/// <summary>
/// An old URL (a WordPress permalink) that answers 301 to what it showed: an article or a page, by
/// id, so the target's current slug is used even after a rename.
/// </summary>
public sealed class Redirect
{
    public int Id { get; set; }

    /// <summary>In <see cref="OldPath.Normalize"/> form: `/2024/05/01/a-slug`, `/about`, `?p=42`.</summary>
    public required string Path { get; set; }

    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? PageId { get; set; }
    public Page? Page { get; set; }
}
