using System.Diagnostics.CodeAnalysis;

namespace ContentApi.Search;

/// <summary>
/// Reads what a reader typed into terms, quoted phrases and trailing-* prefixes. Nothing here is
/// engine syntax: the provider quotes every term, so operators typed by a reader stay words.
/// Every accepted query's cost is bounded: its length, its terms, the words in them (a phrase or
/// a hyphenated term is several words to the engine), how many prefixes it expands, and each
/// prefix's length, quoted or not (a one-letter prefix merges every word with that letter).
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 200;
    public const int MaxTerms = 16;
    public const int MaxWords = 32;
    public const int MaxPrefixes = 4;
    public const int MinPrefixLength = 2;
    public const string Examples = "Examples: q=syria, q=marot*, q=\"oil field\", q=rocket attack syria.";

    // Typed in capitals, these read as boolean operators; every term must match anyway, so they are dropped.
    private static readonly HashSet<string> OperatorWords = new(["AND", "OR", "NOT", "NEAR"], StringComparer.Ordinal);

    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchQuery? query, [NotNullWhen(false)] out string? error)
    {
        query = null;
        error = Check(text);
        if (error is not null)
        {
            return false;
        }
        var tokens = SearchTokens.Read(text!);
        if (tokens is null)
        {
            error = $"q has an unclosed quote (\"): close the phrase or remove the quote. {Examples}";
            return false;
        }
        var terms = tokens.Where(t => t.IsPhrase || !OperatorWords.Contains(t.Text)).Where(HasLetterOrDigit).ToList();
        error = terms.Count switch
        {
            0 when tokens.Count > 0 && tokens.All(t => !t.IsPhrase && OperatorWords.Contains(t.Text)) =>
                $"q holds only operator words ({string.Join(", ", OperatorWords)}): boolean operators are not supported, every word must match. Give words to search for. {Examples}",
            0 when tokens.Any(t => t.IsPrefix) =>
                $"q has a * with no word before it: put * at the end of a word to match every word that starts with it, e.g. q=marot*. {Examples}",
            0 => $"q has nothing to search for: give one or more words or numbers. {Examples}",
            > MaxTerms => $"q has {terms.Count} terms; at most {MaxTerms} are allowed.",
            _ => Bounds(terms),
        };
        if (error is not null)
        {
            return false;
        }
        query = new SearchQuery(terms);
        return true;
    }

    private static string? Bounds(List<SearchTerm> terms)
    {
        var words = terms.Sum(t => Words(t.Text).Count);
        var prefixes = terms.Where(t => t.IsPrefix).ToList();
        return words > MaxWords ? $"q has {words} words (each word of a phrase or a hyphenated term counts); at most {MaxWords} are allowed."
            : prefixes.Count > MaxPrefixes ? $"q has {prefixes.Count} prefixes (words ending in *); at most {MaxPrefixes} are allowed."
            : prefixes.FirstOrDefault(t => Words(t.Text).LastOrDefault() is not { Length: >= MinPrefixLength }) is { } shortPrefix
                ? $"q has the prefix {shortPrefix}: the word before the * needs at least {MinPrefixLength} letters or digits, in a phrase too. {Examples}"
            : null;
    }

    /// <summary>The words the engine sees: runs of letters and digits.</summary>
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

    private static string? Check(string? text) =>
        string.IsNullOrWhiteSpace(text) ? $"q is empty: give one or more words to search for. {Examples}"
        : text.Length > MaxLength ? $"q is {text.Length} characters long; at most {MaxLength} are allowed."
        : null;

    private static bool HasLetterOrDigit(SearchTerm term) => term.Text.Any(char.IsLetterOrDigit);
}
