using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentApi.Features.Articles;

/// <summary>The plain text of an HTML body, one entry per block (paragraph, heading, list item...), whitespace collapsed.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "figure", "figcaption", "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "hr", "br", "iframe",
    };

    public static IReadOnlyList<string> Blocks(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body!, blocks, current);
        Flush(blocks, current);
        return blocks;
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var isBlock = BlockTags.Contains(element.LocalName);
                if (isBlock)
                {
                    Flush(blocks, current);
                }
                Walk(element, blocks, current);
                if (isBlock)
                {
                    Flush(blocks, current);
                }
            }
        }
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
        current.Clear();
    }
}
