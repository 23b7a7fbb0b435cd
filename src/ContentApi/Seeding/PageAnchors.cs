namespace ContentApi.Seeding;

/// <summary>
/// Line indices of the chrome lines that delimit the parts of a page (null when absent). <c>ChromeEnd</c> is
/// where the article-and-chrome area ends: the related marker, or the end of the page.
/// </summary>
internal sealed record PageAnchors(int Title, int? Source, int? FullBio, int? DonationForm, int? RelatedMarker, int ChromeEnd)
{
    public static PageAnchors Find(IReadOnlyList<string> lines, int title)
    {
        var marker = FirstIndex(lines, title + 1, lines.Count, PageMarkers.IsRelatedMarker);
        var chromeEnd = marker ?? lines.Count;
        return new PageAnchors(
            title,
            FirstIndex(lines, title + 1, chromeEnd, PageMarkers.IsSourceLine),
            FirstIndex(lines, title + 1, chromeEnd, PageMarkers.IsFullBioLink),
            FirstIndex(lines, title + 1, chromeEnd, PageMarkers.IsDonationForm),
            marker,
            chromeEnd);
    }

    /// <summary>The nearest anchor above <paramref name="anchor"/>: a look-back from it must not pass this line.</summary>
    public int Floor(int anchor) =>
        new[] { Source, FullBio, DonationForm }
            .Where(index => index < anchor)
            .Select(index => index!.Value)
            .Append(Title)
            .Max();

    /// <summary>The first anchor line after the title; the body cannot reach past it.</summary>
    public int FirstChromeLine() =>
        new[] { Source, FullBio, DonationForm }
            .Where(index => index.HasValue)
            .Select(index => index!.Value)
            .Append(ChromeEnd)
            .Min();

    private static int? FirstIndex(IReadOnlyList<string> lines, int from, int to, Func<string, bool> isMatch)
    {
        for (var i = from; i < to; i++)
        {
            if (isMatch(lines[i]))
            {
                return i;
            }
        }

        return null;
    }
}
