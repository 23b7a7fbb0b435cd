using System.Text;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// The text of FTS5's snippet window (fts5HighlightCb with a range): the tokens from <c>rangeStart</c> to
/// <c>rangeEnd</c> with the text between them, each coalesced match between the open and close markers, an
/// ellipsis before a window that does not start the column and after one that does not end it.
/// </summary>
internal static class Fts5Highlight
{
    /// <summary>fts5HighlightCb over the window's tokens: each match marked, text between copied as it is.</summary>
    public static string Window(string text, Fts5Matches column, int rangeStart, int rangeEnd, char open, char close, string ellipsis)
    {
        var output = new StringBuilder(rangeStart > 0 ? ellipsis : "", 256);
        var matches = column.Matches.Select(m => m.Position).Where(p => p >= rangeStart).GetEnumerator();
        var next = matches.MoveNext() ? matches.Current : -1;
        var (offset, isOpen, position, from) = (0, false, 0, 0);
        for (; position <= rangeEnd && Fts5PlainText.Next(text, from, out var start, out var end); position++, from = end)
        {
            if (position < rangeStart)
            {
                continue;
            }
            offset = rangeStart > 0 && position == rangeStart ? start : offset;
            if (isOpen && (position <= next || next < 0) && start > offset)
            {
                (output, isOpen) = (output.Append(close), false);
            }
            if (position == next)
            {
                if (!isOpen)
                {
                    (output, offset, isOpen) = (output.Append(text, offset, start - offset).Append(open), start, true);
                }
                (output, offset) = (output.Append(text, offset, end - offset), end);
                next = matches.MoveNext() ? matches.Current : -1;
            }
            if (position == rangeEnd)
            {
                output.Append(isOpen ? close.ToString() : "").Append(text, offset, end - offset);
                (offset, isOpen) = (end, false);
            }
        }
        output.Append(isOpen ? close.ToString() : "");
        return (rangeEnd >= column.Size - 1 ? output.Append(text, offset, text.Length - offset) : output.Append(ellipsis)).ToString();
    }
}
