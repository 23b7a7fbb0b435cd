namespace ContentApi.Seeding;

/// <summary>Reads the teasers that follow the "More articles you might like" marker.</summary>
/// <remarks>
/// Paragraphs are paired in order: title, excerpt, optional byline. A title without an excerpt cannot be told
/// from an excerpt without a cut marker, so an un-cut paragraph after a title is taken as its excerpt. A cut
/// paragraph ("…[…]") is always an excerpt, though: met where a title is expected, it shows that the previous
/// teaser's un-cut "excerpt" was really the next title, so that teaser is closed without an excerpt.
/// </remarks>
internal static class RelatedListReader
{
    public static List<ImportedTeaser> Read(IReadOnlyList<IReadOnlyList<string>> paragraphs, List<string> unplaced)
    {
        var teasers = new List<ImportedTeaser>();
        TeaserDraft? current = null;
        foreach (var (text, isByline) in RelatedListPieces.From(paragraphs))
        {
            if (isByline)
            {
                AttachByline(current, text, unplaced);
            }
            else
            {
                current = AddText(current, text, teasers, unplaced);
            }
        }

        if (current is not null)
        {
            teasers.Add(current.ToTeaser());
        }

        return teasers;
    }

    private static TeaserDraft? AddText(TeaserDraft? current, string text, List<ImportedTeaser> teasers, List<string> unplaced)
    {
        if (current is { Excerpt: null, HasByline: false })
        {
            current.Excerpt = text;
            return current;
        }

        if (!TeaserText.IsCut(text))
        {
            if (current is not null)
            {
                teasers.Add(current.ToTeaser());
            }

            return new TeaserDraft(text);
        }

        if (current is { HasByline: false, Excerpt: { } earlier } && !TeaserText.IsCut(earlier))
        {
            teasers.Add(new ImportedTeaser(current.Title, null, null, null));
            return new TeaserDraft(earlier) { Excerpt = text };
        }

        unplaced.Add(text);
        return current;
    }

    private static void AttachByline(TeaserDraft? current, string line, List<string> unplaced)
    {
        if (current is null || current.HasByline)
        {
            unplaced.Add(line);
            return;
        }

        current.HasByline = true;
        if (TeaserText.TryReadByline(line, out var author, out var publishedOn))
        {
            current.AuthorName = author;
            current.PublishedOn = publishedOn;
        }
        else
        {
            unplaced.Add(line);
        }
    }
}
