using System.Globalization;

namespace ContentApi.Features.Redirects;

/// <summary>
/// One spelling per old URL, so `/2024/05/01/A-Slug/`, `https://old.example/2024/05/01/a-slug` and
/// `/2024/05/01/a%2Dslug` find the same redirect: the path percent-decoded, lower-case, without its
/// trailing slash; or, for WordPress's query links, `?p=ID` (posts) and `?page_id=ID` (pages).
/// </summary>
public static class OldPath
{
    public const int MaxLength = 1000;
    private static readonly string[] IdParameters = ["p", "page_id"];

    /// <returns>Null when nothing could redirect: the site's root, an empty or over-long path.</returns>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength)
        {
            return null;
        }
        var text = url.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            text = absolute.PathAndQuery;
        }
        var queryAt = text.IndexOf('?', StringComparison.Ordinal);
        var query = queryAt < 0 ? "" : text[(queryAt + 1)..];
        var path = queryAt < 0 ? text : text[..queryAt];
        if (QueryLink(query) is { } link)
        {
            return link;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        decoded = "/" + decoded.Trim('/').ToLowerInvariant();
        return decoded == "/" ? null : decoded;
    }

    public static string ForQuery(string parameter, long id) => $"?{parameter}={id.ToString(CultureInfo.InvariantCulture)}";

    private static string? QueryLink(string query)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=') is var at and > 0 ? (pair[..at], pair[(at + 1)..]) : (pair, "");
            if (IdParameters.Contains(name) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return ForQuery(name, id);
            }
        }
        return null;
    }
}
