using ContentApi.Common.OpenApi;
using ContentApi.Features.Articles;

namespace ContentApi.Related;

/// <summary>"More articles you might like": the editor's picks in the editor's order, then computed ones, best first.</summary>
public sealed record RelatedArticles(IReadOnlyList<RelatedArticle> Items, RelatedMeta Meta) : IHasExample<RelatedArticles>
{
    public static RelatedArticles Example => RelatedExamples.List;
}

/// <summary>A related article: the list-item fields, how related it is and why.</summary>
/// <param name="Score">Relatedness from 0 to 1; 1 for an editor's pick, 0 for an item filled in. Computed items come in non-increasing score.</param>
/// <param name="Reasons">Why it is listed, the strongest reason first.</param>
public sealed record RelatedArticle(
    int Id, string Slug, string Title, string? Excerpt, DateTime? PublishedAt, DateTime? UpdatedAt,
    AuthorRef? Author, IReadOnlyList<TagRef> Tags, int? ReadingTime, double Score, IReadOnlyList<RelatedReason> Reasons)
{
    public static RelatedArticle From(ArticleListItem item, double score, IReadOnlyList<RelatedReason> reasons) =>
        new(item.Id, item.Slug, item.Title, item.Excerpt, item.PublishedAt, item.UpdatedAt, item.Author, item.Tags, item.ReadingTime, score, reasons);
}

/// <summary>One reason an article is listed.</summary>
/// <param name="Kind">`editorPick`: chosen by an editor. `sharedTags`: tags both carry (see `tags`). `text`: the texts share distinctive words (see `terms`). `sameAuthor`: the same author. `recent`: published within 90 days of each other. When picks and computed items fall short of the limit (a small site), the list is filled, score 0: `moreByAuthor`, the same author's newest articles, then `latest`, the newest articles of all.</param>
/// <param name="Tags">For `sharedTags`: the slugs of the shared tags, rarest first; otherwise null.</param>
/// <param name="Terms">For `text`: the shared words that weigh most, as stems ("militia", "attack"); otherwise null.</param>
public sealed record RelatedReason(RelatedReasonKind Kind, IReadOnlyList<string>? Tags = null, IReadOnlyList<string>? Terms = null);

public enum RelatedReasonKind
{
    EditorPick,
    SharedTags,
    Text,
    SameAuthor,
    Recent,
    MoreByAuthor,
    Latest,
}

/// <param name="Limit">The most items asked for.</param>
/// <param name="Total">Editor's picks and computed related articles there are in all (may exceed the limit); items filled in (`moreByAuthor`, `latest`) are not counted.</param>
/// <param name="Algorithm">What computed the list; the version changes whenever weights or rules change.</param>
public sealed record RelatedMeta(int Limit, int Total, RelatedAlgorithm Algorithm);

public sealed record RelatedAlgorithm(string Name, string Version)
{
    public static readonly RelatedAlgorithm Current = new(RelatedTuning.AlgorithmName, RelatedTuning.AlgorithmVersion);
}
