using System.Globalization;

namespace ContentApi.Common.Text;

/// <summary>How each character of a text contributes to a slug.</summary>
internal static class SlugCharacters
{
    // Letters that Unicode does not decompose into a base letter plus accents.
    private static readonly Dictionary<char, string> UndecomposableLetters = new()
    {
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['ø'] = "o",
        ['ł'] = "l",
        ['đ'] = "d",
        ['ð'] = "d",
        ['þ'] = "th",
        ['ı'] = "i",
    };

    /// <summary>
    /// Accents (split off by FormD) and apostrophes vanish without breaking the word, so "Syria’s" gives
    /// "syrias" rather than "syria-s".
    /// </summary>
    public static bool IsDroppedInPlace(char c) =>
        c is '\'' or '’' or '‘' or 'ʼ' or '′' or '`' or '´'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>The ASCII letters or digits for a word character; null for anything that breaks words.</summary>
    public static string? ToAscii(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
        {
            return lower.ToString();
        }

        if (LatinLetterFolding.BaseLetter(c) is char baseLetter)
        {
            return baseLetter.ToString();
        }

        return UndecomposableLetters.GetValueOrDefault(lower);
    }
}
