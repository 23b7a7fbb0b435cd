using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ContentApi.Features.Articles;

/// <summary>
/// What an article's body yields, computed once when the article is written so reads do no text work:
/// HTML, plain text, word count, reading time and a default excerpt.
/// </summary>
public sealed record ArticleBody(string Html, string Text, int WordCount, int ReadingTimeMinutes, string Excerpt)
{
    /// <summary>Ghost's figure: 275 words a minute.</summary>
    public const int WordsPerMinute = 275;
    public const int ExcerptMaxLength = 300;

    // Encode only what HTML needs; letters like ’ and é stay readable in the JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static ArticleBody FromParagraphs(IReadOnlyList<string> paragraphs) =>
        From(string.Concat(paragraphs.Select(p => $"<p>{Encoder.Encode(p)}</p>")), paragraphs);

    /// <summary>From HTML that is already sanitised (see <see cref="ArticleHtml"/>): its text is read block by block.</summary>
    public static ArticleBody FromHtml(string sanitizedHtml) => From(sanitizedHtml, HtmlText.Blocks(sanitizedHtml));

    private static ArticleBody From(string html, IReadOnlyList<string> paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var words = CountWords(text);
        var minutes = words == 0 ? 0 : Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
        return new ArticleBody(html, text, words, minutes, Shorten(paragraphs.Count > 0 ? paragraphs[0] : "", ExcerptMaxLength));
    }

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : maxLength - 1).TrimEnd(), "…");
    }
}
