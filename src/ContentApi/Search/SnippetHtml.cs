using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ContentApi.Search;

/// <summary>
/// The engine marks matches with two private-use characters; everything else is article text.
/// All text is HTML-escaped, then the markers become &lt;mark&gt; tags, so only those tags are live.
/// </summary>
public static class SnippetHtml
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string FromMarked(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var isOpen = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }
            html.Append(Encoder.Encode(marked[start..i]));
            start = i + 1;
            // Tags are only ever written balanced, whatever order the markers came in.
            if (i < marked.Length && (marked[i] == Open) != isOpen)
            {
                isOpen = !isOpen;
                html.Append(isOpen ? "<mark>" : "</mark>");
            }
        }
        return isOpen ? html.Append("</mark>").ToString() : html.ToString();
    }

    /// <summary>Article text must not carry the marker characters, or it could fake a highlight.</summary>
    public static string Clean(string? text) => (text ?? "").Replace(Open, ' ').Replace(Close, ' ');
}
