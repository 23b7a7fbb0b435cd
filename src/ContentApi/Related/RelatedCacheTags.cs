using ContentApi.Common.Caching;
using ContentApi.Features.Articles;

namespace ContentApi.Related;

/// <summary>
/// What a cached related list shows: its own list (evicted when <see cref="RelatedRefreshWorker"/>
/// stores it again), each article in it, and what its fill comes from (the author's newest
/// articles, the newest of all), which a new article can change.
/// </summary>
public static class RelatedCacheTags
{
    public const string Type = "related";

    public static IEnumerable<string> Of(int articleId, RelatedArticles list)
    {
        yield return CacheTags.Item(Type, articleId);
        foreach (var item in list.Items)
        {
            yield return CacheTags.Item(ArticleSpec.ResourceName, item.Id);
            if (item.Reasons.Any(r => r.Kind == RelatedReasonKind.Latest))
            {
                yield return CacheTags.Any(ArticleSpec.ResourceName);
            }
            if (item.Author is { } author && item.Reasons.Any(r => r.Kind == RelatedReasonKind.MoreByAuthor))
            {
                yield return CacheTags.Slug("author", author.Slug);
            }
        }
    }
}
