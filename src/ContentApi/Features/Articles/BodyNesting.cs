using System.Text.RegularExpressions;

namespace ContentApi.Features.Articles;

/// <summary>
/// How deep a body nests, read in one linear pass before any parser sees it: an HTML5 parser and
/// a Markdown parser spend far more than linear time on deep nesting (200,000 nested divs, under
/// the size limit, kept a request busy for over a minute). Counts open elements that stay open
/// (not void ones, nor those whose end tag is optional and implied by a sibling), and in Markdown
/// also the block-quote and list markers that open a line.
/// </summary>
public static partial class BodyNesting
{
    public const int MaxDepth = 100;

    private static readonly HashSet<string> Unnested = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "caption",
    };

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:[ \t]*(>|[*+-](?=[ \t])|[0-9]{1,9}[.)](?=[ \t])))+", RegexOptions.Multiline)]
    private static partial Regex LineOpening();

    public static int OfHtml(string html)
    {
        int depth = 0, deepest = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (tag.Groups[3].Length > 0 || Unnested.Contains(tag.Groups[2].Value))
            {
                continue;
            }
            depth = tag.Groups[1].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    /// <summary>Markdown may hold raw HTML, and each `&gt;` or list marker opening a line nests one block deeper.</summary>
    public static int OfMarkdown(string markdown)
    {
        var deepestLine = 0;
        foreach (Match opening in LineOpening().Matches(markdown))
        {
            deepestLine = Math.Max(deepestLine, opening.Groups[1].Captures.Count + opening.Value.Count(c => c is ' ' or '\t') / 4);
        }
        return Math.Max(OfHtml(markdown), deepestLine);
    }

    public static string Message(string field, int depth) =>
        $"{field} nests {depth} levels deep; at most {MaxDepth} are allowed. Flatten the markup (deeply nested blocks render no differently).";
}
