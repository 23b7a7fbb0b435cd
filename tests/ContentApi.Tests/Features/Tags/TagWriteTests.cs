using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Tags;

public sealed class TagWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task Tag_CreatedThenUsedByAnArticle_CannotBeDeletedUntilTakenOff()
    {
        var tag = await _editor.PostAsJsonAsync("/api/v1/tags", new { name = "Middle East" });
        Assert.Equal("/api/v1/tags/middle-east", tag.Headers.Location?.ToString());
        var article = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Tagged", status = "published", tags = new[] { "middle-east" } });
        var tagView = await (await factory.CreateClient().GetAsync("/api/v1/tags/middle-east")).ReadJsonAsync();
        Assert.Equal(1, tagView.GetProperty("articleCount").GetInt32());
        var tagETag = (await factory.CreateClient().GetAsync("/api/v1/tags/middle-east")).ETag();

        await (await _editor.DeleteAsync("/api/v1/tags/middle-east", tagETag)).AssertProblemAsync(HttpStatusCode.Conflict);
        await _editor.PatchAsync(article.Headers.Location!.ToString(), new { tags = Array.Empty<string>() }, article.ETag());
        tagETag = (await factory.CreateClient().GetAsync("/api/v1/tags/middle-east")).ETag();

        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync("/api/v1/tags/middle-east", tagETag)).StatusCode);
    }

    [Fact]
    public async Task ArticleTags_KeepTheEditorsOrder()
    {
        await _editor.PostAsJsonAsync("/api/v1/tags", new { name = "Iran" });
        await _editor.PostAsJsonAsync("/api/v1/tags", new { name = "Iraq" });

        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Two tags", tags = new[] { "iraq", "iran" } });
        var reordered = await (await _editor.PatchAsync(created.Headers.Location!.ToString(), new { tags = new[] { "iran", "iraq" } }, created.ETag())).ReadJsonAsync();

        Assert.Equal(["iran", "iraq"], reordered.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
    }
}
