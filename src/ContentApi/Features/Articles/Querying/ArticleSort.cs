namespace ContentApi.Features.Articles.Querying;

public enum ArticleSortKey
{
    PublishedAt,
    UpdatedAt,
    Title,
    Relevance,
}

/// <summary>One order of an article list: a key, its direction, then id ascending, so the order is total.</summary>
public sealed record ArticleSort(string Name, ArticleSortKey Key, bool Descending)
{
    public const string AllowedText = "-publishedAt,publishedAt,title,-title,-updatedAt,relevance";

    public static readonly ArticleSort Newest = new("-publishedAt", ArticleSortKey.PublishedAt, true);
    public static readonly ArticleSort Oldest = new("publishedAt", ArticleSortKey.PublishedAt, false);
    public static readonly ArticleSort TitleAscending = new("title", ArticleSortKey.Title, false);
    public static readonly ArticleSort TitleDescending = new("-title", ArticleSortKey.Title, true);
    public static readonly ArticleSort RecentlyUpdated = new("-updatedAt", ArticleSortKey.UpdatedAt, true);
    public static readonly ArticleSort Relevance = new("relevance", ArticleSortKey.Relevance, true);

    public static readonly IReadOnlyList<ArticleSort> All = [Newest, Oldest, TitleAscending, TitleDescending, RecentlyUpdated, Relevance];

    public static ArticleSort? Find(string? name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Dates may be unknown: such items come after the dated ones, by id.</summary>
    public bool KeyIsNullable => Key is ArticleSortKey.PublishedAt or ArticleSortKey.UpdatedAt;
}
