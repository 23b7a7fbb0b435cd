using System.Buffers;

namespace ContentApi.Related;

/// <summary>
/// A small English suffix stripper: plural -s/-es/-ies, -ing and -ed. Far lighter than Porter on
/// purpose: it only has to make "militias"/"militia" and "attacked"/"attacks" meet, and the terms
/// it leaves are shown to readers as reasons, so they should stay recognisable words.
/// </summary>
internal static class LightStemmer
{
    // Plurals that are not plurals of anything, or lose their meaning without the "s".
    private static readonly HashSet<string> KeepFinalS = new(StringComparer.Ordinal) { "news", "series", "species", "politics", "economics" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeepFinalSLookup = KeepFinalS.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Stems the lower-case ASCII-or-letter word in place and returns its new length.</summary>
    public static int Stem(Span<char> word, int length)
    {
        if (length <= 3)
        {
            return length;
        }
        var w = word[..length];
        if (w.EndsWith("ies") && length > 4)
        {
            word[length - 3] = 'y';
            return length - 2;
        }
        if (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("zes"))
        {
            return length - 2;
        }
        if (w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is") && !KeepFinalSLookup.Contains(w))
        {
            return length - 1;
        }
        if (w.EndsWith("ing") && HasVowel(w[..^3]) && length - 3 >= 3)
        {
            return Tidy(word, length - 3);
        }
        if (w.EndsWith("ed") && !w.EndsWith("eed") && HasVowel(w[..^2]) && length - 2 >= 4)
        {
            return Tidy(word, length - 2);
        }
        return length;
    }

    // After -ing/-ed: "stopp" → "stop", "mak" → "make", "forc" → "force", so the stem meets the other forms.
    private static int Tidy(Span<char> word, int length)
    {
        var last = word[length - 1];
        if (length >= 2 && last == word[length - 2] && !IsVowel(last) && last is not ('l' or 's' or 'z'))
        {
            return length - 1;
        }
        var endsCvc = length == 3 && !IsVowel(word[0]) && IsVowel(word[1]) && !IsVowel(last) && last is not ('w' or 'x' or 'y');
        if (endsCvc || last is 'c' or 'v' || word[..length].EndsWith("iz") || word[..length].EndsWith("bl"))
        {
            word[length] = 'e';
            return length + 1;
        }
        return length;
    }

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.ContainsAny(Vowels);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
