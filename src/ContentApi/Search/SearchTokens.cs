using System.Text;

namespace ContentApi.Search;

/// <summary>Splits a query into words and "quoted phrases"; a * right after either makes it a prefix.</summary>
internal static class SearchTokens
{
    /// <returns>The tokens, or null when a quote is left open.</returns>
    public static List<SearchTerm>? Read(string text)
    {
        var tokens = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            string word;
            var isPhrase = text[i] == '"';
            if (isPhrase)
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }
                word = Collapse(text[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }
                word = text[start..i];
            }
            var stars = 0;
            while (i < text.Length && text[i] == '*')
            {
                stars++;
                i++;
            }
            var trimmed = word.TrimEnd('*');
            tokens.Add(new SearchTerm(trimmed, isPhrase, stars > 0 || trimmed.Length < word.Length));
        }
        return tokens;
    }

    private static string Collapse(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        foreach (var part in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(part);
        }
        return builder.ToString();
    }
}
