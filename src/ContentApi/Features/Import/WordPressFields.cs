using System.Globalization;
using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>How a WordPress post's status, dates and slug become ours (the rule the README documents).</summary>
public static class WordPressFields
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>
    /// publish → published (a password-protected post → draft: the API has no passwords, so it is not
    /// made public); future → scheduled; draft, pending, private → draft (editors read it with
    /// `preview=true`); trash, auto-draft and anything else → not imported (null).
    /// </summary>
    public static ArticleStatus? Status(WxrItem item) => item.Status switch
    {
        "publish" => item.Password is null ? ArticleStatus.Published : ArticleStatus.Draft,
        "future" => ArticleStatus.Scheduled,
        "draft" or "pending" or "private" => ArticleStatus.Draft,
        _ => null,
    };

    /// <summary>`post_date_gmt`; when it is empty or zero (WordPress leaves drafts so), `post_date` read as UTC.</summary>
    /// <returns>The date, and whether it had to fall back or was unreadable (a warning).</returns>
    public static (DateTime? Date, string? Problem) Date(WxrItem item)
    {
        if (Parse(item.DateGmt) is { } gmt)
        {
            return (gmt, null);
        }
        if (Parse(item.DateLocal) is { } local)
        {
            return (local, item.Status == "draft" ? null : $"post_date_gmt '{item.DateGmt}' is not a date; post_date {item.DateLocal} was read as UTC");
        }
        return (null, $"neither post_date_gmt '{item.DateGmt}' nor post_date '{item.DateLocal}' is a date ({DateFormat})");
    }

    /// <summary>`post_date`, the site's local time: what WordPress's dated permalinks use.</summary>
    public static DateTime? LocalDate(WxrItem item) => Parse(item.DateLocal);

    /// <summary>`post_name` percent-decoded (WordPress stores multi-byte slugs encoded) and lower-cased; null when empty.</summary>
    public static string? Slug(WxrItem item) => DecodeSlug(item.PostName);

    public static string? DecodeSlug(string? name)
    {
        if (name is null)
        {
            return null;
        }
        try
        {
            var decoded = Uri.UnescapeDataString(name).Trim().ToLowerInvariant();
            return decoded.Length is > 0 and <= 200 && !decoded.Contains('/', StringComparison.Ordinal) ? decoded : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            && value.Year > 1
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
}
