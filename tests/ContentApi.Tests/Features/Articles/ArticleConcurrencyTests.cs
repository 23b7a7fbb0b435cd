using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

/// <summary>If-Match on every change: two editors can never silently overwrite each other.</summary>
public sealed class ArticleConcurrencyTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    private async Task<HttpResponseMessage> CreateAsync(string title) =>
        await _editor.PostAsJsonAsync("/api/v1/articles", new { title, bodyHtml = "<p>Body.</p>", status = "published" });

    [Fact]
    public async Task WritesWithoutIfMatch_Return428()
    {
        var url = (await CreateAsync("No precondition")).Headers.Location!.ToString();

        var put = await _editor.PutAsync(url, new { title = "x" }, null);
        var patch = await _editor.PatchAsync(url, new { title = "x" }, null);
        var delete = await _editor.DeleteAsync(url, null);

        foreach (var response in new[] { put, patch, delete })
        {
            var problem = await response.AssertProblemAsync((HttpStatusCode)428);
            Assert.Contains("If-Match", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task StaleIfMatch_Returns412WithTheCurrentETag()
    {
        var created = await CreateAsync("Two editors");
        var url = created.Headers.Location!.ToString();
        var first = await _editor.PatchAsync(url, new { title = "First editor" }, created.ETag());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await _editor.PatchAsync(url, new { title = "Second editor" }, created.ETag());

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.ETag(), second.ETag());
        var article = await (await factory.CreateClient().GetAsync(url)).ReadJsonAsync();
        Assert.Equal("First editor", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task StaleIfMatch_OnDelete_Returns412AndKeepsTheArticle()
    {
        var created = await CreateAsync("Delete race");
        var url = created.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await _editor.PatchAsync(url, new { excerpt = "Changed." }, created.ETag())).StatusCode);

        await (await _editor.DeleteAsync(url, created.ETag())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task IfMatch_ETagFromGet_IsAccepted()
    {
        var url = $"/api/v1/articles/{SeedFacts.ArticleSlug}";
        var etag = (await factory.CreateClient().GetAsync(url)).ETag();

        var response = await _editor.PatchAsync(url, new { canonicalUrl = "https://theliberum.com/in-retaliation" }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WeakOrListedETags_FollowStrongComparison()
    {
        var created = await CreateAsync("Weak tags");
        var url = created.Headers.Location!.ToString();

        await (await _editor.PatchAsync(url, new { title = "x" }, "W/" + created.ETag())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var listed = await _editor.PatchAsync(url, new { title = "y" }, $"\"other\", {created.ETag()}");

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task ThirtyTwoConcurrentPatches_SameIfMatch_ExactlyOneWins()
    {
        var created = await CreateAsync("Contended");
        var url = created.Headers.Location!.ToString();
        var etag = created.ETag();
        using var start = new SemaphoreSlim(0);

        var patches = Enumerable.Range(1, 32).Select(async n =>
        {
            var client = factory.CreateWriteClient();
            await start.WaitAsync();
            return (n, await client.PatchAsync(url, new { title = $"Editor {n}" }, etag));
        }).ToList();
        start.Release(32);
        var results = await Task.WhenAll(patches);

        var winners = results.Where(r => r.Item2.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Single(winners);
        Assert.Equal(31, results.Count(r => r.Item2.StatusCode == HttpStatusCode.PreconditionFailed));
        var article = await (await factory.CreateClient().GetAsync(url)).ReadJsonAsync();
        Assert.Equal($"Editor {winners[0].n}", article.GetProperty("title").GetString());
        Assert.All(results.Where(r => r.Item2.StatusCode != HttpStatusCode.OK), r => Assert.Equal(winners[0].Item2.ETag(), r.Item2.ETag()));
    }
}
