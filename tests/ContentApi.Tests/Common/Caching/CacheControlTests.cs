using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

public sealed class CacheControlTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string ArticlePath = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [Fact]
    public async Task Preview_IsPrivateNoStoreAndVariesByKey()
    {
        var response = await factory.CreateWriteClient().GetAsync(ArticlePath + "?preview=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"{response.Headers.CacheControl}");
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task Published_IsPublicAndDoesNotVaryByKey()
    {
        var response = await factory.CreateClient().GetAsync(ArticlePath);

        Assert.Equal("public, max-age=60, stale-while-revalidate=300", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("Authorization", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/api/v1/keys")]
    [InlineData("/api/v1/audit")]
    public async Task AdminReads_AreNoStore(string path)
    {
        var response = await factory.CreateWriteClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Writes_AreNoStore()
    {
        var client = factory.CreateWriteClient();
        var tag = (await client.GetAsync("/api/v1/site")).Headers.ETag!.Tag;

        var response = await client.PatchAsync("/api/v1/site", new { tagline = "Vox Populi" }, tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
