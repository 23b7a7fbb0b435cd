using System.IO.Compression;
using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

public sealed class CompressionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string ArticlePath = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public async Task LargeJson_IsCompressedWithTheAcceptedCoding_AndTaggedApart(string accept, string expected)
    {
        var client = factory.CreateClient();
        var identity = await client.GetAsync(ArticlePath);

        using var request = new HttpRequestMessage(HttpMethod.Get, ArticlePath);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        var compressed = await client.SendAsync(request);

        Assert.Equal([expected], compressed.Content.Headers.ContentEncoding);
        Assert.NotEqual(identity.Headers.ETag, compressed.Headers.ETag);
        Assert.EndsWith($".{expected}\"", compressed.Headers.ETag!.Tag);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < identity.Content.Headers.ContentLength);
        Assert.Equal(await identity.Content.ReadAsStringAsync(), Decompress(bytes, expected));
    }

    [Fact]
    public async Task SmallJson_IsSentAsIs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/site");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Content.Headers.ContentLength < 1024);
    }

    [Fact]
    public async Task CompressedTag_RevalidatesTo304()
    {
        var client = factory.CreateClient();
        using var first = new HttpRequestMessage(HttpMethod.Get, ArticlePath);
        first.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var tag = (await client.SendAsync(first)).Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, ArticlePath);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        again.Headers.IfNoneMatch.Add(tag);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    private static string Decompress(byte[] bytes, string coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }
}
