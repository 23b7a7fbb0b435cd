using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>
/// A post's body made ready for the API: WordPress markup converted, sanitised like every body, measured,
/// with the excerpt and the GiveWP forms it embeds. Not converted in parallel: the sanitiser bounds each body's
/// time by blocking on a pool task, and a parallel batch starved the pool past that bound (a 10,000-post run failed).
/// </summary>
public sealed record PostContent(ArticleBody? Body, string? Excerpt, IReadOnlyList<int> FormIds, IReadOnlyList<string> UnknownShortcodes)
{
    public static PostContent From(WxrItem item, ArticleHtml html)
    {
        var converted = WordPressHtml.Convert(item.Content);
        var safe = html.Sanitize(converted.Html);
        var body = string.IsNullOrWhiteSpace(safe) ? null : ArticleBody.FromHtml(safe);
        var excerpt = string.Join(" ", HtmlText.Blocks(item.Excerpt)).Trim() is { Length: > 0 } given ? ImportedItems.Limit(given, 2000) : body?.Excerpt;
        return new PostContent(body, excerpt, converted.FormIds, converted.UnknownShortcodes);
    }
}
