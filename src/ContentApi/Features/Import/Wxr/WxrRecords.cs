namespace ContentApi.Features.Import.Wxr;

/// <summary>One thing a WordPress export holds, in file order: the site first, then authors and terms, then items.</summary>
public abstract record WxrRecord;

/// <param name="Url">The blog's address (`wp:base_blog_url`, else the channel's `link`): with an item's id, what identifies it.</param>
public sealed record WxrSite(string Title, string Url) : WxrRecord;

/// <summary>An author from the export's header. The export's e-mail address is never read.</summary>
public sealed record WxrAuthor(string Login, string DisplayName, string? Description) : WxrRecord;

/// <param name="Taxonomy">`category` or `post_tag`.</param>
/// <param name="Parent">The parent category's slug, or null at the top.</param>
public sealed record WxrTerm(string Taxonomy, string Slug, string Name, string? Parent, string? Description) : WxrRecord;

/// <summary>A post, page, attachment, GiveWP form or anything else the export lists as an `&lt;item&gt;`.</summary>
public sealed record WxrItem(
    long Id, string PostType, string Status, string Title, string? Link, string? Creator, string Content, string Excerpt,
    string? PostName, string? DateGmt, string? DateLocal, string? Password, bool Sticky, long ParentId, int MenuOrder,
    string? AttachmentUrl, IReadOnlyList<WxrItemTerm> Terms, IReadOnlyDictionary<string, string> Meta, string Hash) : WxrRecord;

/// <param name="Domain">`category`, `post_tag`, or another taxonomy (ignored).</param>
public sealed record WxrItemTerm(string Domain, string Slug, string Name);

/// <summary>The file cannot be imported at all: not XML, not a WordPress export, cut short.</summary>
public sealed class WxrException(string message, Exception? inner = null) : Exception(message, inner);
