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

    /// <summary>Past this, one body is refused rather than allowed to hold a worker (nesting is bounded before, by the validator).</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);

    public string Sanitize(string html) => Bounded(() => _sanitizer.Sanitize(html));

    public string FromMarkdown(string markdown) => Bounded(() => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _markdown)));

    // The parsers cannot be cancelled, so a body past the bound still finishes on its worker; the request is answered at once.
    private static string Bounded(Func<string> work)
    {
        var running = Task.Run(work);
        return running.Wait(MaxTime)
            ? running.Result
            : throw new BadHttpRequestException(
                $"The body took more than {MaxTime.TotalSeconds:0} s to sanitise; nothing was written. Simplify its markup.", StatusCodes.Status400BadRequest);
    }

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
