namespace ContentApi.Search.Sqlite;

/// <summary>
/// One column of plain text as FTS5 sees it for a snippet: its size in tokens and where the query's words are
/// (what FTS5's xInst reports, in position order), each with the start of its sentence (FTS5's sentence finder).
/// </summary>
internal sealed record Fts5Matches(int Size, IReadOnlyList<Fts5Instance> Matches)
{
    public static Fts5Matches Find(string text, IReadOnlyList<string> terms)
    {
        var matches = new List<Fts5Instance>();
        var (position, sentence, from) = (0, 0, 0);
        for (; Fts5PlainText.Next(text, from, out var start, out var end); position++, from = end)
        {
            sentence = position > 0 && Fts5PlainText.StartsSentence(text, start) ? position : sentence;
            for (var phrase = 0; phrase < terms.Count; phrase++)
            {
                if (end - start == terms[phrase].Length && text.AsSpan(start, end - start).Equals(terms[phrase], StringComparison.OrdinalIgnoreCase))
                {
                    matches.Add(new Fts5Instance(position, phrase, sentence));
                    break;
                }
            }
        }
        return new Fts5Matches(position, matches);
    }

    /// <summary>The index of the first match at or after token <paramref name="position"/> (matches are in position order).</summary>
    public int FirstAtOrAfter(int position)
    {
        var (low, high) = (0, Matches.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = Matches[middle].Position < position ? (middle + 1, high) : (low, middle);
        }
        return low;
    }
}

/// <summary>A query word at a token position, found in the sentence that starts at token <paramref name="Sentence"/>.</summary>
internal readonly record struct Fts5Instance(int Position, int Phrase, int Sentence);
