namespace ContentApi.Seeding;

/// <summary>Splits a page dump into trimmed lines and groups them into paragraphs.</summary>
internal static class DocumentLines
{
    /// <summary>Lines with LF, CRLF or lone CR endings, each trimmed; a blank line becomes "".</summary>
    public static string[] Split(string document) =>
        document.ReplaceLineEndings("\n").Split('\n').Select(TrimFiller).ToArray();

    /// <summary>Runs of non-blank lines in [from, to), in page order.</summary>
    public static List<IReadOnlyList<string>> Paragraphs(IReadOnlyList<string> lines, int from, int to)
    {
        var paragraphs = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        for (var i = from; i < to; i++)
        {
            if (lines[i].Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(lines[i]);
        }

        return paragraphs;
    }

    // Web page dumps pad lines with NBSPs, BOMs and zero-width spaces; at a line's edge none of them is content.
    private static string TrimFiller(string line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && IsFiller(line[start]))
        {
            start++;
        }

        while (end > start && IsFiller(line[end - 1]))
        {
            end--;
        }

        return line[start..end];
    }

    private static bool IsFiller(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';
}
