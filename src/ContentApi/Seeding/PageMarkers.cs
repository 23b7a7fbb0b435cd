using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Seeding;

/// <summary>Recognises the page-chrome lines that anchor each part of the page.</summary>
internal static partial class PageMarkers
{
    public static bool IsRelatedMarker(string line) => RelatedMarker().IsMatch(line);

    public static bool IsFullBioLink(string line) => FullBioLink().IsMatch(line);

    public static bool IsSourceLine(string line) => SourceLine().IsMatch(line);

    /// <summary>The source name, or null when the line is not a source line or its value is empty.</summary>
    public static string? ReadSourceName(string line)
    {
        var match = SourceLine().Match(line);
        var name = match.Success ? match.Groups["name"].Value.Trim() : "";
        return name.Length > 0 ? name : null;
    }

    public static bool IsDonationForm(string line) => DonationForm().IsMatch(line);

    public static (string Title, int? Id) ReadDonationForm(string line)
    {
        var match = DonationForm().Match(line);
        var id = int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : (int?)null;
        return (match.Groups["title"].Value.Trim(), id);
    }

    public static string? ReadSiteName(string callToAction)
    {
        var match = SiteName().Match(callToAction);
        return match.Success ? match.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^more articles you might like\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedMarker();

    [GeneratedRegex(@"^see full bio\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullBioLink();

    [GeneratedRegex(@"^source\s*:(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    // An embedded form shows up as its label plus "(#id)"; only donation forms are part of the page layout.
    [GeneratedRegex(@"^(?<title>[^()]*\bdonation\b[^()]*?)\s*\(\s*#(?<id>\d{1,9})\s*\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonationForm();

    [GeneratedRegex(@"^(?<name>.+?)\s+runs on your donation\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();
}
