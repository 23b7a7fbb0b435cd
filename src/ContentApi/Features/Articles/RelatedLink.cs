namespace ContentApi.Features.Articles;

/// <summary>One editor-chosen "More articles you might like" entry of an article.</summary>
public sealed class RelatedLink
{
    public int ArticleId { get; set; }
    public int RelatedArticleId { get; set; }
    public Article RelatedArticle { get; set; } = null!;
    public int Position { get; set; }
}
