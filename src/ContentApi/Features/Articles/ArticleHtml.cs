using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace ContentApi.Features.Articles;

/// <summary>
/// Makes an article body safe to render: Markdown is converted, then HTML goes through an
/// allow-list (HtmlSanitizer): no script, style, event handlers, forms or javascript: URLs; iframes
/// only from <see cref="IframeHosts"/>; every link gets rel="noopener". One shared instance: the
/// sanitizer is thread-safe once configured.
/// </summary>
public sealed class ArticleHtml
{
    public static readonly IReadOnlySet<string> IframeHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com", "open.spotify.com",
    };

    private static readonly string[] RemovedTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "style"];

    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public ArticleHtml()
    {
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowedSchemes.Add("mailto");
        foreach (var tag in RemovedTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
        _sanitizer.AllowedTags.Add("iframe");
        _sanitizer.AllowedAttributes.UnionWith(["allowfullscreen", "frameborder", "rel", "target"]);
        _sanitizer.PostProcessDom += (_, e) => Finish(e.Document);
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    public string FromMarkdown(string markdown) => Sanitize(Markdown.ToHtml(markdown, _markdown));

    private static void Finish(IDocument document)
    {
        foreach (var iframe in document.QuerySelectorAll("iframe").ToList())
        {
            if (!Uri.TryCreate(iframe.GetAttribute("src"), UriKind.Absolute, out var src)
                || src.Scheme != Uri.UriSchemeHttps || !IframeHosts.Contains(src.Host))
            {
                iframe.Remove();
            }
        }
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (!rel.Contains("noopener", StringComparer.OrdinalIgnoreCase))
            {
                rel.Add("noopener");
            }
            link.SetAttribute("rel", string.Join(' ', rel));
        }
    }
}
