using ContentApi.Features.Articles;
using ContentApi.Features.Site;

namespace ContentApi.Tests.Features.Articles;

public sealed class ArticleSeoTests
{
    private static readonly DateTime Published = new(2025, 7, 24, 8, 0, 0, DateTimeKind.Utc);
    private static readonly SiteIdentity Site = new("The Liberum", "https://theliberum.com/", "https://theliberum.com/logo.png");

    private static ArticleResponse Article(string? excerpt = "An excerpt.", string? body = "A body.", string? canonical = null, DateTime? updated = null) =>
        ArticleExamples.Article with
        {
            Excerpt = excerpt, BodyText = body, CanonicalUrl = canonical, PublishedAt = Published, UpdatedAt = updated,
            Author = new ArticleAuthor(1, "ali-albeash", "Ali Albeash", null, "https://ali.example", null, null, null),
        };

    [Fact]
    public void For_SiteWithUrlAndLogo_BuildsEveryPartFromArticleAndSite()
    {
        var seo = ArticleSeo.For(Article(), Site);

        Assert.Equal($"{ArticleExamples.Article.Title} | The Liberum", seo.Title);
        Assert.Equal("An excerpt.", seo.Description);
        Assert.Equal($"https://theliberum.com/{ArticleExamples.Article.Slug}", seo.CanonicalUrl);
        Assert.Equal(new OpenGraphTags("article", ArticleExamples.Article.Title, "An excerpt.", seo.CanonicalUrl, null, "The Liberum", Published, Published, "Ali Albeash"), seo.OpenGraph);
        Assert.Equal(new TwitterCardTags("summary", ArticleExamples.Article.Title, "An excerpt.", null), seo.Twitter);
        Assert.Equal(ArticleExamples.Article.Title, seo.JsonLd.Headline);
        Assert.Equal(new JsonLdPerson("Ali Albeash", "https://ali.example"), seo.JsonLd.Author);
        Assert.Equal(new JsonLdOrganization("The Liberum", "https://theliberum.com/", new JsonLdImage("https://theliberum.com/logo.png")), seo.JsonLd.Publisher);
        Assert.Equal(seo.CanonicalUrl, seo.JsonLd.MainEntityOfPage);
        Assert.Null(seo.JsonLd.Image);
    }

    [Fact]
    public void For_ArticleCanonicalUrl_WinsOverTheSiteUrl()
    {
        var seo = ArticleSeo.For(Article(canonical: "https://elsewhere.example/story"), Site);

        Assert.Equal("https://elsewhere.example/story", seo.CanonicalUrl);
        Assert.Equal("https://elsewhere.example/story", seo.OpenGraph.Url);
    }

    [Fact]
    public void For_UnsetSite_LeavesWhatOnlyTheSiteKnowsNull()
    {
        var seo = ArticleSeo.For(Article(), SiteIdentity.Unset);

        Assert.Equal(ArticleExamples.Article.Title, seo.Title);
        Assert.Null(seo.CanonicalUrl);
        Assert.Null(seo.OpenGraph.SiteName);
        Assert.Null(seo.JsonLd.Publisher);
        Assert.Null(seo.JsonLd.MainEntityOfPage);
    }

    [Fact]
    public void For_UpdatedArticle_ModifiedIsTheUpdateElseThePublication()
    {
        var updated = Published.AddDays(2);

        Assert.Equal(updated, ArticleSeo.For(Article(updated: updated), Site).JsonLd.DateModified);
        Assert.Equal(Published, ArticleSeo.For(Article(), Site).OpenGraph.ModifiedTime);
    }

    [Fact]
    public void For_NoExcerpt_DescribesWithTheBodyCutAtAWordNear160Characters()
    {
        var body = string.Join(' ', Enumerable.Repeat("rockets  hit\nthe base.", 20));

        var description = ArticleSeo.For(Article(excerpt: null, body: body), Site).Description!;

        Assert.EndsWith("…", description);
        Assert.InRange(description.Length, 140, ArticleSeo.DescriptionLength + 1);
        Assert.StartsWith("rockets hit the base. rockets hit", description);
        Assert.Equal("Short body.", ArticleSeo.For(Article(excerpt: null, body: " Short\n body. "), Site).Description);
        Assert.Null(ArticleSeo.For(Article(excerpt: null, body: null), Site).Description);
    }

    [Fact]
    public void For_ArticleWithoutByline_HasNoAuthor()
    {
        var seo = ArticleSeo.For(Article() with { Author = null }, Site);

        Assert.Null(seo.JsonLd.Author);
        Assert.Null(seo.OpenGraph.Author);
    }

    [Fact]
    public void For_ArticleImage_MakesALargeImageCard()
    {
        var seo = ArticleSeo.For(Article(), Site, "https://theliberum.com/rockets.jpg");

        Assert.Equal("summary_large_image", seo.Twitter.Card);
        Assert.Equal("https://theliberum.com/rockets.jpg", seo.JsonLd.Image);
        Assert.Equal("https://theliberum.com/rockets.jpg", seo.OpenGraph.Image);
    }
}
