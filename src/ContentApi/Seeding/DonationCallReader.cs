namespace ContentApi.Seeding;

/// <summary>Reads the donation call to action, anchored on its embedded "Donation Form (#N)" line.</summary>
internal static class DonationCallReader
{
    /// <summary>
    /// The text is the line right above the form plus the lines directly above that which end a sentence: page
    /// dumps run chrome lines together, so a bio like "Vox Populi, Vox Dei" may touch the call to action. Blank
    /// lines before the form are skipped only when a source line or author box sits above; next to the body the
    /// text must touch the form line, or the body's last paragraph would be taken for it.
    /// </summary>
    public static ImportedDonationCall? Read(IReadOnlyList<string> lines, PageAnchors anchors, bool[] claimed)
    {
        if (anchors.DonationForm is not int form)
        {
            return null;
        }

        claimed[form] = true;
        var (formTitle, formId) = PageMarkers.ReadDonationForm(lines[form]);
        var floor = anchors.Floor(form);
        var text = ReadText(lines, floor, form, skipBlanks: floor != anchors.Title, claimed);
        var siteName = text is null ? null : PageMarkers.ReadSiteName(text);
        return new ImportedDonationCall(text, formId, formTitle, siteName);
    }

    private static string? ReadText(IReadOnlyList<string> lines, int floor, int form, bool skipBlanks, bool[] claimed)
    {
        var i = form - 1;
        while (skipBlanks && i > floor && lines[i].Length == 0)
        {
            i--;
        }

        var textLines = new List<string>();
        for (; i > floor && lines[i].Length > 0 && !claimed[i] && (textLines.Count == 0 || EndsSentence(lines[i])); i--)
        {
            claimed[i] = true;
            textLines.Insert(0, lines[i]);
        }

        return textLines.Count > 0 ? string.Join(' ', textLines) : null;
    }

    private static bool EndsSentence(string line) =>
        line.TrimEnd('"', '\'', '”', '’', '»', ')') is [.., '.' or '!' or '?' or '…'];
}
