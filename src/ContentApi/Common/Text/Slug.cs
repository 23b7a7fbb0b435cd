using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Common.Text;

/// <summary>URL slugs: lower-case ASCII words joined by "-", at most <see cref="MaxLength"/> characters.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    /// <summary>
    /// Letters and digits (accents folded) form words; apostrophes are dropped inside a word; everything else
    /// (spaces, dashes, other punctuation, letters with no ASCII form) separates words.
    /// Returns "" when nothing is left.
    /// </summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        // Under InvariantGlobalization Normalize leaves non-ASCII text as is; LatinLetterFolding covers that case.
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (SlugCharacters.IsDroppedInPlace(c))
            {
                continue;
            }

            if (SlugCharacters.ToAscii(c) is string ascii)
            {
                word.Append(ascii);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return Cap(words);
    }

    /// <summary>
    /// <see cref="From"/>, or, for text with no Latin letters or digits (an Arabic title, say),
    /// the prefix and a short hash of the text: every title gets a slug, the same one each time.
    /// </summary>
    public static string FromOrHash(string text, string prefix)
    {
        var slug = From(text);
        return slug.Length > 0
            ? slug
            : $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}";
    }

    /// <summary>The slug itself if free, else the first free of slug-2, slug-3, ... (kept within the length cap).</summary>
    public static string Unique(string slug, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)].TrimEnd('-') : slug;
            if (!isTaken(stem + suffix))
            {
                return stem + suffix;
            }
        }
    }

    // Cut at a word boundary; a single word longer than the cap is cut inside.
    private static string Cap(List<string> words)
    {
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var needed = slug.Length == 0 ? word.Length : slug.Length + 1 + word.Length;
            if (needed > MaxLength)
            {
                return slug.Length > 0 ? slug.ToString() : word[..MaxLength];
            }

            slug.Append(slug.Length == 0 ? "" : "-").Append(word);
        }

        return slug.ToString();
    }
}
