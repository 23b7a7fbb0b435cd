using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>
/// A post's body made ready for the API: WordPress markup converted, sanitised like every body, measured,
/// with the excerpt and the GiveWP forms it embeds. Pure, so a batch's posts are converted on every core.
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

    /// <summary>The given items' contents, converted in parallel, by item.</summary>
    public static Dictionary<WxrItem, PostContent> ForBatch(IReadOnlyList<WxrItem> items, ArticleHtml html)
    {
        var converted = new PostContent[items.Count];
        Parallel.For(0, items.Count, i => converted[i] = From(items[i], html));
        var byItem = new Dictionary<WxrItem, PostContent>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            byItem[items[i]] = converted[i];
        }
        return byItem;
    }
}
