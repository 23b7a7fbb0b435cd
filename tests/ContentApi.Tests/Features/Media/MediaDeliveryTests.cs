using System.Net;
using System.Net.Http.Headers;
using ContentApi.Media;
using NetVips;

namespace ContentApi.Tests.Features.Media;

public sealed class MediaDeliveryTests(MediaApiFactory factory) : IClassFixture<MediaApiFactory>
{
    private readonly HttpClient _reader = factory.CreateClient();

    [Fact]
    public async Task Variant_VersionedUrl_IsImmutable_WithAStrongETag_And304()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(1000, 500), "wide.jpg");
        var url = $"/media/{item.Int("id")}/wide.jpg?w=320&fmt=webp&v={Version(item)}";

        var response = await _reader.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        using (var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((320, 160), (image.Width, image.Height));
        }
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _reader.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task Variant_WithoutVersion_IsCachedForAnHourOnly_AndNeverUpscaled()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(300, 200), "small.jpg");

        var response = await _reader.GetAsync($"/media/{item.Int("id")}/small.jpg?w=1280");

        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((300, 200), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("image/avif,image/webp,*/*", "image/avif")]
    [InlineData("image/webp,*/*", "image/webp")]
    [InlineData("*/*", "image/jpeg")]
    public async Task Variant_FmtAuto_FollowsAccept_AndVariesOnIt(string accept, string expected)
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(200, 100), "auto.jpg");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/media/{item.Int("id")}/auto.jpg?w=160&fmt=auto");
        request.Headers.Accept.ParseAdd(accept);

        var response = await _reader.SendAsync(request);

        Assert.Equal(ImageRenderer.CanEncodeAvif || expected != "image/avif" ? expected : "image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Variant_Cover_KeepsTheFocalPointInFrame()
    {
        // A white square near the left edge; a centred 160 x 160 crop of the 320 x 160 resize would cut it off.
        var jpeg = TestImages.Jpeg(400, 200, mark: (20, 90, 20));
        var onMark = await factory.UploadAsync(jpeg, "mark.jpg", ("focalPoint", "0.075,0.5"));
        var farSide = await factory.UploadAsync(jpeg, "mark.jpg", ("focalPoint", "0.9,0.5"));

        Assert.True(await WhiteNearLeftAsync(onMark), "the focal point's crop shows the square");
        Assert.False(await WhiteNearLeftAsync(farSide), "a crop of the far side does not");
    }

    [Fact]
    public async Task Variant_SameRequestTwice_ServesTheSameBytesFromTheCache()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(800, 600), "again.jpg");
        var url = $"/media/{item.Int("id")}/again.jpg?w=640&h=640&fmt=png";

        var first = await _reader.GetByteArrayAsync(url);
        var second = await _reader.GetByteArrayAsync(url);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(Path.Combine(factory.MediaPath, "variants", item.Int("id").ToString(System.Globalization.CultureInfo.InvariantCulture)), "*.png", SearchOption.AllDirectories));
    }

    private async Task<bool> WhiteNearLeftAsync(System.Text.Json.JsonElement item)
    {
        var bytes = await _reader.GetByteArrayAsync($"/media/{item.Int("id")}/mark.png?w=160&h=160&fit=cover&fmt=png");
        using var image = Image.NewFromBuffer(bytes);
        Assert.Equal((160, 160), (image.Width, image.Height));
        using var region = image.Crop(0, 60, 60, 40);
        return region.Max() > 240;
    }

    private static string Version(System.Text.Json.JsonElement item) => item.Str("url").Split("v=")[1];
}
