namespace ContentApi.Search.Sqlite;

/// <summary>
/// FTS5's <c>snippet(table, -1, open, close, ellipsis, tokens)</c> for a query of distinct plain words over plain
/// text (<see cref="Fts5PlainText"/>), written out so a page's snippets need no second trip through FTS5 (which
/// finds each hit's matches again and tokenizes each column twice). Same choice of column and window, same
/// text: each window starting at a match, or at the start of the sentence holding it (bonus 100, 120 at the
/// column's start), scores 1000 a word seen first and 1 a repeat; the best window's first match is centred.
/// </summary>
internal static class Fts5Snippet
{
    /// <param name="terms">The query's words, lower case ASCII, distinct: one FTS5 phrase each.</param>
    public static string Make(IReadOnlyList<string> columns, IReadOnlyList<string> terms, char open, char close, string ellipsis, int tokens)
    {
        var found = columns.Select(text => Fts5Matches.Find(text, terms)).ToList();
        var (bestColumn, bestStart, bestScore) = (0, 0, 0);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = found[c];
            foreach (var (position, _, sentence) in column.Matches)
            {
                var (score, adjusted) = Window(column, position, terms.Count, tokens);
                if (score > bestScore)
                {
                    (bestColumn, bestStart, bestScore) = (c, adjusted, score);
                }
                if (column.Size > tokens && sentence < position)
                {
                    score = Window(column, sentence, terms.Count, tokens).Score + (sentence == 0 ? 120 : 100);
                    if (score > bestScore)
                    {
                        (bestColumn, bestStart, bestScore) = (c, sentence, score);
                    }
                }
            }
        }
        return Fts5Highlight.Window(columns[bestColumn], found[bestColumn], bestStart, bestStart + tokens - 1, open, close, ellipsis);
    }

    /// <summary>
    /// fts5SnippetScore: the window's score, and its start moved to centre its matches (within the column). Only the
    /// window's own matches are read (FTS5 reads every match for every window: a body repeating a word 10,000 times
    /// would cost 10^8 steps).
    /// </summary>
    private static (int Score, int Adjusted) Window(Fts5Matches column, int start, int phrases, int tokens)
    {
        Span<bool> seen = stackalloc bool[phrases];
        var (score, first, last) = (0, -1, 0);
        for (var i = column.FirstAtOrAfter(start); i < column.Matches.Count && column.Matches[i].Position < (long)start + tokens; i++)
        {
            var (position, phrase, _) = column.Matches[i];
            score += seen[phrase] ? 1 : 1000;
            seen[phrase] = true;
            first = first < 0 ? position : first;
            last = position + 1;
        }
        var adjusted = first - (tokens - (last - first)) / 2;
        adjusted = adjusted + tokens > column.Size ? column.Size - tokens : adjusted;
        return (score, Math.Max(0, adjusted));
    }
}
