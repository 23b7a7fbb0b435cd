using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class RelatedLinksWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string Links = $"/api/v1/articles/{SeedFacts.ArticleSlug}/related-links";
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task RelatedLinks_ReorderThenRemove_ShowInThePublicList()
    {
        var current = await _editor.GetAsync(Links);
        var slugs = (await current.ReadJsonAsync()).GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(6, slugs.Count);

        var reversed = await _editor.PutAsync(Links, new { articles = slugs.AsEnumerable().Reverse() }, current.ETag());
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        var removed = await _editor.DeleteAsync($"{Links}/{slugs[^1]}", reversed.ETag());

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var related = await (await factory.CreateClient().GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related")).ReadJsonAsync();
        var items = related.GetProperty("items").EnumerateArray().ToList();
        var picks = items.Where(i => i.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("kind").GetString() == "editorPick"));
        // The removed pick may come back, but only as a computed item: the engine fills the list after the editor's picks.
        Assert.Equal(slugs.Take(5).Reverse(), picks.Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(slugs.Take(5).Reverse(), items.Take(5).Select(i => i.GetProperty("slug").GetString()));
        await (await _editor.DeleteAsync($"{Links}/{slugs[^1]}", removed.ETag())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _editor.PutAsync(Links, new { articles = slugs }, reversed.ETag())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task SetRelatedLinks_UnknownOrSelf_Returns400()
    {
        var etag = (await _editor.GetAsync(Links)).ETag();

        await (await _editor.PutAsync(Links, new { articles = new[] { "no-such-article" } }, etag)).AssertValidationProblemAsync("articles");
        await (await _editor.PutAsync(Links, new { articles = new[] { SeedFacts.ArticleSlug } }, etag)).AssertValidationProblemAsync("articles");
    }

    [Fact]
    public async Task RelatedLinks_NeedAWriteKey()
    {
        await (await factory.CreateClient().GetAsync(Links)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.CreateClient().PostAsJsonAsync("/api/v1/tags", new { name = "x" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
