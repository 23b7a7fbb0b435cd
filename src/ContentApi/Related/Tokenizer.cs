using ContentApi.Common.Text;
using ContentApi.Seeding;

namespace ContentApi.Related;

/// <summary>Receives one term at a time; the span is only valid during the call.</summary>
internal delegate void TermSink(ReadOnlySpan<char> term);

/// <summary>
/// Text to terms: words are runs of letters and digits, folded to lower case with accents dropped
/// ("Sharaa", "sharaa" and "Sharaâ" meet); apostrophes vanish inside a word, so "Syria’s" is one
/// word; stop words, numbers and one-letter words are dropped; what is left is lightly stemmed.
/// Works on spans so a corpus-wide rebuild allocates nothing per word.
/// </summary>
internal static class Tokenizer
{
    public const int MaxWordLength = 40;

    public static void Scan(ReadOnlySpan<char> text, TermSink sink)
    {
        // One spare character: the stemmer may add an 'e' ("mak" → "make").
        Span<char> word = stackalloc char[MaxWordLength + 1];
        var length = 0;
        var tooLong = false;
        foreach (var c in text)
        {
            if (IsDroppedInWord(c))
            {
                continue;
            }
            var folded = Fold(c);
            if (folded != '\0')
            {
                if (length < MaxWordLength)
                {
                    word[length++] = folded;
                }
                else
                {
                    tooLong = true;
                }
                continue;
            }
            Emit(word, length, tooLong, sink);
            length = 0;
            tooLong = false;
        }
        Emit(word, length, tooLong, sink);
    }

    private static void Emit(Span<char> word, int length, bool tooLong, TermSink sink)
    {
        if (length < 2 || tooLong || StopWords.Contains(word[..length]) || !word[..length].ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }
        var stemmed = LightStemmer.Stem(word, length);
        if (stemmed >= 2)
        {
            sink(word[..stemmed]);
        }
    }

    /// <summary>The lower-case letter or digit a character contributes to a word, or '\0' when it separates words.</summary>
    private static char Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c);
        }
        if (c < '\u00C0')
        {
            return '\0';
        }
        if (LatinLetterFolding.BaseLetter(c) is char baseLetter)
        {
            return baseLetter;
        }
        // Letters of other scripts stay themselves, lower-cased, so non-Latin text still has terms.
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static bool IsDroppedInWord(char c) =>
        c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´' or '\u00AD'
        || (c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark);
}
