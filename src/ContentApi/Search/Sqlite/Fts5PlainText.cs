using System.Buffers;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// Text that FTS5's unicode61 tokenizer (remove_diacritics 2) splits exactly as this does: ASCII letters and
/// digits make tokens (folded by ASCII case), and every other character allowed here separates them. Only
/// separators whose Unicode category never changed are allowed beyond ASCII (spaces, dashes, quotes, bullets,
/// common signs), so no Unicode table has to agree with SQLite's; any other character makes the text not plain.
/// </summary>
internal static class Fts5PlainText
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B4\u00B6\u00B7\u00B8\u00BB\u00BF\u00D7\u00F7" +
        "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A" +
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2017\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F" +
        "\u2020\u2021\u2022\u2023\u2024\u2025\u2026\u2027\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037" +
        "\u2038\u2039\u203A\u203B\u203C\u203D\u203E\u2041\u2042\u2043\u2044\u2045\u2046\u20AC\u2122");

    /// <summary>Whether every character of <paramref name="text"/> is one this tokenizer places exactly as FTS5.</summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            // NUL: FTS5's snippet stops copying text at one.
            if (c == '\0' || (c >= '\u0080' && !Separators.Contains(c)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Finds the next token at or after <paramref name="from"/>: its start and end (exclusive); false at the end.</summary>
    public static bool Next(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        end = i;
        return end > start;
    }

    /// <summary>FTS5's sentence start: a token after at least one space, tab or line break that follows a '.' or ':'.</summary>
    public static bool StartsSentence(string text, int tokenStart)
    {
        var i = tokenStart - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\n' or '\r')
        {
            i--;
        }
        return i != tokenStart - 1 && i >= 0 && text[i] is '.' or ':';
    }
}
