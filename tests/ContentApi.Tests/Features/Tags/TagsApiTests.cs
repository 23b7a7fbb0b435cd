using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Features.Tags;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Tags;

public sealed class TagsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListTags_Seed_IsEmptyBecauseThePageNamesNoTags()
    {
        var list = await (await _client.GetAsync("/api/v1/tags")).ReadJsonAsync();

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.Equal(0, list.GetProperty("meta").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Tags_OnArticles_AreListedCountedAndEmbeddedInOrder()
    {
        await TagSeedArticleAsync();

        var tag = await (await _client.GetAsync("/api/v1/tags/zz-syria")).ReadJsonAsync();
        var articles = await (await _client.GetAsync("/api/v1/tags/zz-syria/articles")).ReadJsonAsync();
        var article = await (await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}")).ReadJsonAsync();

        Assert.Equal(("Zz Syria", "The war in Syria", 1), (tag.GetProperty("name").GetString(), tag.GetProperty("description").GetString(), tag.GetProperty("articleCount").GetInt32()));
        Assert.Equal([SeedFacts.ArticleSlug], articles.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(["zz-syria", "zz-us-military"], article.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/tags/none")]
    [InlineData("/api/v1/tags/none/articles")]
    public async Task Tag_UnknownSlug_ReturnsProblem404(string path)
    {
        var problem = await (await _client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("'none'", problem.GetProperty("detail").GetString());
    }

    private async Task TagSeedArticleAsync()
    {
        await factory.ExecuteDbContextAsync(async db =>
        {
            if (await db.Tags.AnyAsync(t => t.Slug == "zz-syria"))
            {
                return;
            }
            var article = await db.Articles.SingleAsync(a => a.Slug == SeedFacts.ArticleSlug);
            // Position, not insertion or name order, decides which tag is primary.
            article.Tags.Add(new ArticleTag { Tag = new Tag { Slug = "zz-us-military", Name = "Zz US military" }, Position = 1 });
            article.Tags.Add(new ArticleTag { Tag = new Tag { Slug = "zz-syria", Name = "Zz Syria", Description = "The war in Syria" }, Position = 0 });
            await db.SaveChangesAsync();
        });
    }
}
