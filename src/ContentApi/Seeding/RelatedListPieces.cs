namespace ContentApi.Seeding;

/// <summary>Cuts the related list's paragraphs into text pieces and byline lines, in page order.</summary>
internal static class RelatedListPieces
{
    // A byline may share a paragraph with its excerpt, so each byline-shaped line becomes a piece of its own.
    public static IEnumerable<(string Text, bool IsByline)> From(IReadOnlyList<IReadOnlyList<string>> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var text = new List<string>();
            foreach (var line in paragraph)
            {
                if (!TeaserText.IsByline(line))
                {
                    text.Add(line);
                    continue;
                }

                if (text.Count > 0)
                {
                    yield return (string.Join(' ', text), false);
                    text.Clear();
                }

                yield return (line, true);
            }

            if (text.Count > 0)
            {
                yield return (string.Join(' ', text), false);
            }
        }
    }
}
