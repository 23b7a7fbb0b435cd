using System.Text.Json;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Search;

namespace ContentApi.Features.Articles.Querying;

/// <summary>An article-list query after validation, in one canonical form: what the list shows and in which order.</summary>
public sealed record ArticleListRequest(
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    bool AllTags,
    DateTime? PublishedFrom,
    DateTime? PublishedBefore,
    string? Source,
    bool? HasDonationForm,
    SearchQuery? Search,
    ArticleSort Sort,
    IReadOnlySet<string>? Fields,
    IReadOnlySet<string> Include,
    int RelatedLimit)
{
    /// <summary>Reads a query the validator accepted.</summary>
    public static ArticleListRequest From(ArticleListQuery query, ArticleSort defaultSort)
    {
        var search = query.Q is not null && SearchQueryParser.TryParse(query.Q, out var parsed, out _) ? parsed : null;
        return new ArticleListRequest(
            CommaList.Split(query.Author).Order(StringComparer.Ordinal).ToList(),
            CommaList.Split(query.Tag).Order(StringComparer.Ordinal).ToList(),
            query.TagMode == "all",
            PublishedDate.FirstInstantAfter(query.PublishedAfter),
            PublishedDate.FirstInstantNotBefore(query.PublishedBefore),
            query.Source?.Trim(),
            query.HasDonationForm is null ? null : query.HasDonationForm == "true",
            search,
            ArticleSort.Find(query.Sort) ?? defaultSort,
            query.Fields is null ? null : CommaList.Canonical(query.Fields, ArticleFields.All),
            CommaList.Canonical(query.Include, ArticleIncludes.All),
            QueryInteger.ValueOr(query.RelatedLimit, ArticleIncludes.DefaultRelatedLimit));
    }

    public bool Includes(string include) => Include.Contains(include);

    /// <summary>
    /// What a cursor is bound to: the route and everything that decides which items come in which
    /// order. Shape (fields, include) and page size are left out: they may change between pages.
    /// </summary>
    public string CursorScope(string route) => JsonSerializer.Serialize(new
    {
        route,
        sort = Sort.Name,
        authors = Authors,
        tags = Tags,
        allTags = Tags.Count > 1 && AllTags,
        from = PublishedFrom?.Ticks,
        before = PublishedBefore?.Ticks,
        source = Source,
        hasDonationForm = HasDonationForm,
        q = Search?.Canonical,
    });
}
