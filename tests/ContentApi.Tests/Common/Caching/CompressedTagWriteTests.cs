using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

/// <summary>A browser holds the tag of the compressed answer it got; a write based on it must still go through.</summary>
public sealed class CompressedTagWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task Patch_WithTheTagOfACompressedGet_Succeeds()
    {
        var client = factory.CreateWriteClient();
        var path = $"/api/v1/articles/{SeedFacts.ArticleSlug}";
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var tag = (await client.SendAsync(get)).Headers.ETag!.Tag;
        Assert.EndsWith(".br\"", tag);

        var patched = await client.PatchAsync(path, new { excerpt = "Patched from a compressed copy." }, tag);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
    }

    [Fact]
    public async Task Patch_WithAStaleCompressedTag_Is412()
    {
        var client = factory.CreateWriteClient();
        var path = "/api/v1/articles/internal-and-regional-implications-of-the-pkks-demise";
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        var tag = (await client.SendAsync(get)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync(path, new { excerpt = "First edit." }, tag)).StatusCode);

        var stale = await client.PatchAsync(path, new { excerpt = "Second edit on the old copy." }, tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }
}
