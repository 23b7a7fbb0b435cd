namespace ContentApi.Seeding;

/// <summary>
/// Reads the plain-text dump of one article page: title, body, source, author box, donation call and
/// related teasers. Parts may be missing; lines that fit nowhere are returned in <see cref="ImportedPage.Unplaced"/>.
/// </summary>
public static class PageImporter
{
    /// <exception cref="ArgumentException">The document is empty or blank, so it has no title.</exception>
    public static ImportedPage Parse(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = DocumentLines.Split(document);
        var title = Array.FindIndex(lines, line => line.Length > 0);
        if (title < 0)
        {
            throw new ArgumentException("The document has no title: it is empty or blank.", nameof(document));
        }

        var anchors = PageAnchors.Find(lines, title);
        var claimed = new bool[lines.Length];
        var source = ReadSource(lines, anchors, claimed);
        var author = AuthorBoxReader.Read(lines, anchors, claimed);
        var donation = DonationCallReader.Read(lines, anchors, claimed);

        var bodyEnd = BodyEnd(anchors, claimed);
        var body = DocumentLines.Paragraphs(lines, title + 1, bodyEnd)
            .Select(paragraph => string.Join('\n', paragraph))
            .ToList();

        var unplaced = Enumerable.Range(bodyEnd, anchors.ChromeEnd - bodyEnd)
            .Where(i => lines[i].Length > 0 && !claimed[i])
            .Select(i => lines[i])
            .ToList();

        var related = anchors.RelatedMarker is int marker
            ? RelatedListReader.Read(DocumentLines.Paragraphs(lines, marker + 1, lines.Length), unplaced)
            : [];

        return new ImportedPage(lines[title], body, source, author, donation, related, unplaced);
    }

    private static ImportedSource? ReadSource(string[] lines, PageAnchors anchors, bool[] claimed)
    {
        // A "Source:" line with no value still ends the body, but is left unclaimed so it is reported.
        if (anchors.Source is not int line || PageMarkers.ReadSourceName(lines[line]) is not string name)
        {
            return null;
        }

        claimed[line] = true;
        return new ImportedSource(name);
    }

    // The author box and donation text start above their anchor lines, so the body ends at whichever comes first.
    private static int BodyEnd(PageAnchors anchors, bool[] claimed)
    {
        var end = anchors.FirstChromeLine();
        var firstClaimed = Array.IndexOf(claimed, true, anchors.Title + 1);
        return firstClaimed >= 0 && firstClaimed < end ? firstClaimed : end;
    }
}
