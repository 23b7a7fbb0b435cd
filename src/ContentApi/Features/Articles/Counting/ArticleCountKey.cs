namespace ContentApi.Features.Articles.Counting;

/// <summary>A list whose size is kept by the write path: all articles, one author's, one tag's.</summary>
public sealed record ArticleCountKey(string List, int Key)
{
    public static readonly ArticleCountKey All = new(CountedArticle.All, 0);

    public static ArticleCountKey Author(int id) => new(CountedArticle.Author, id);

    public static ArticleCountKey Tag(int id) => new(CountedArticle.Tag, id);
}
