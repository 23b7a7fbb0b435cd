using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Seeding;

/// <summary>Reads the pieces of a related-article teaser: cut excerpts and "by NAME on DATE" bylines.</summary>
internal static partial class TeaserText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>Whether the excerpt ends in the page's cut marker "[…]" or "[...]".</summary>
    public static bool IsCut(string excerpt) => CutMarker().IsMatch(excerpt);

    /// <summary>A cut excerpt keeps its text and ends in "…"; any other excerpt is kept as it is.</summary>
    public static string FormatExcerpt(string excerpt)
    {
        var match = CutMarker().Match(excerpt);
        return match.Success ? excerpt[..match.Index].TrimEnd() + "…" : excerpt;
    }

    /// <summary>Whether the line has the shape of a byline, whether or not its date can be read.</summary>
    public static bool IsByline(string line) => Byline().IsMatch(line);

    public static bool TryReadByline(string line, out string author, out DateOnly publishedOn)
    {
        var match = Byline().Match(line);
        author = match.Groups["author"].Value;
        publishedOn = default;
        return match.Success && DateOnly.TryParseExact(
            match.Groups["date"].Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out publishedOn);
    }

    [GeneratedRegex(@"\s*\[\s*(…|\.\.\.)\s*\]$", RegexOptions.CultureInvariant)]
    private static partial Regex CutMarker();

    [GeneratedRegex(@"^(?:[-‐‑‒–—―−]\s*)?by\s+(?<author>\S.*?)\s+on\s+(?<date>\S+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
