namespace ContentApi.Search.Postgres;

/// <summary>
/// Writes a parsed query as to_tsquery input. Each term is split into the words the parser counted
/// (runs of letters and digits), every word a quoted lexeme, so nothing a reader typed is read as
/// tsquery syntax (&amp; | ! : * stay text). A term's words are a phrase (&lt;-&gt;), a prefix term's
/// last word ends in :*, and terms are ANDed, as FTS5 reads the same query.
/// </summary>
internal static class TsQueryText
{
    public static string From(SearchQuery query) =>
        string.Join(" & ", query.Terms.Select(Term).Where(t => t.Length > 0));

    private static string Term(SearchTerm term)
    {
        var words = Words(term.Text).Select(w => $"'{w}'").ToList();
        if (term.IsPrefix && words.Count > 0)
        {
            words[^1] += ":*";
        }
        return words.Count > 1 ? $"({string.Join(" <-> ", words)})" : string.Concat(words);
    }

    // Letters and digits only, so no quote or backslash ever reaches the quoted lexeme.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
