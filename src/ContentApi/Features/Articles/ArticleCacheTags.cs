using ContentApi.Common.Caching;
using ContentApi.Features.Articles.Querying;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Tags;
using ContentApi.Related;

namespace ContentApi.Features.Articles;

/// <summary>
/// What a cached article answer shows, as <see cref="CacheTags"/>. Each article shown is tagged by
/// id: an edit to it, or to what it embeds (its author, tags, image, the site), records it. A list
/// narrowed by authors or tags is tagged by their slugs instead of by every article: an article
/// joining or leaving it is a write that touches that author or tag. Any other list (the newest,
/// by date, source, search words) may change with any article.
/// </summary>
internal static class ArticleCacheTags
{
    public static IEnumerable<string> Of(ArticleResponse article) =>
        article.Related is { } related
            ? RelatedCacheTags.Of(article.Id, related).Append(Item(article.Id))
            : [Item(article.Id)];

    public static IReadOnlyCollection<string> Of(ArticleListScope scope, ArticleListRequest request, IEnumerable<ArticleListEntry> items)
    {
        var tags = request.Authors.Select(slug => CacheTags.Slug(AuthorChanges.TypeName, slug))
            .Concat(request.Tags.Select(slug => CacheTags.Slug(TagChanges.TypeName, slug)))
            .ToHashSet(StringComparer.Ordinal);
        if (scope.CacheTag is { } restricted)
        {
            tags.Add(restricted);
        }
        if (tags.Count == 0)
        {
            tags.Add(CacheTags.Any(ArticleSpec.ResourceName));
        }
        foreach (var item in items)
        {
            tags.Add(Item(item.Id));
            if (item.DonationForm is { } form)
            {
                tags.Add(CacheTags.Item(DonationFormChanges.TypeName, form.Id));
            }
            if (item.Related is { } related)
            {
                tags.UnionWith(RelatedCacheTags.Of(item.Id, related));
            }
        }
        return tags;
    }

    private static string Item(int id) => CacheTags.Item(ArticleSpec.ResourceName, id);
}
