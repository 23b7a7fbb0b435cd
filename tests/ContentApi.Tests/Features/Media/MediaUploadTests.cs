using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using NetVips;

namespace ContentApi.Tests.Features.Media;

public sealed class MediaUploadTests(MediaApiFactory factory) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task Upload_Multipart_StoresTheItemWithItsFieldsAndPlaceholder()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(640, 480), "Rocket Attack (1).JPG",
            ("alt", "Troops at a base"), ("caption", "Monday's attack"), ("credit", "Reuters"), ("focalPoint", "0.25,0.75"));

        Assert.Equal(("rocket-attack-1.jpg", "image/jpeg", 640, 480), (item.Str("fileName"), item.Str("mimeType"), item.Int("width"), item.Int("height")));
        Assert.Equal(("Troops at a base", "Monday's attack", "Reuters"), (item.Str("alt"), item.Str("caption"), item.Str("credit")));
        Assert.Equal((0.25, 0.75), (item.GetProperty("focalPoint").GetProperty("x").GetDouble(), item.GetProperty("focalPoint").GetProperty("y").GetDouble()));
        Assert.Matches("^#[0-9a-f]{6}$", item.Str("dominantColor"));
        Assert.Equal(28, item.Str("blurHash").Length); // 4 x 3 components: 1 + 1 + 4 + 11 x 2 characters
        Assert.StartsWith($"/media/{item.Int("id")}/rocket-attack-1.jpg?v=", item.Str("url"));
        Assert.True(item.GetProperty("bytes").GetInt64() > 1000);
    }

    [Fact]
    public async Task Upload_RawBody_SniffsTheFormat_NotTheContentType()
    {
        var content = new ByteArrayContent(TestImages.Png(300, 200));
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");

        var response = await factory.CreateWriteClient().PostAsync("/api/v1/media?alt=A%20chart&fileName=chart.jpg", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("image/png", "chart.png", "A chart"), (item.Str("mimeType"), item.Str("fileName"), item.Str("alt")));
        Assert.Equal($"/api/v1/media/{item.Int("id")}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Upload_SidewaysJpeg_ReportsUprightSize_AndVariantsCarryNoExif()
    {
        var item = await factory.UploadAsync(TestImages.SidewaysJpeg(300, 200), "phone.jpg");
        Assert.Equal((200, 300), (item.Int("width"), item.Int("height")));

        var served = await factory.CreateClient().GetByteArrayAsync(item.Str("url"));

        using var image = Image.NewFromBuffer(served);
        Assert.Equal((200, 300), (image.Width, image.Height));
        Assert.DoesNotContain(image.GetFields(), field => field.StartsWith("exif", StringComparison.Ordinal) || field == "orientation");
        Assert.Equal(-1, served.AsSpan().IndexOf("SecretCam"u8));
    }

    [Fact]
    public async Task ListAndGet_NeedAWriteKey_AndListNewestFirst()
    {
        var first = await factory.UploadAsync(TestImages.Jpeg(100, 100), "first.jpg");
        var second = await factory.UploadAsync(TestImages.Jpeg(100, 100), "second.jpg");

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/media")).StatusCode);
        var list = await (await factory.CreateWriteClient().GetAsync("/api/v1/media?pageSize=100")).ReadJsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.Int("id")).ToList();
        Assert.True(ids.IndexOf(second.Int("id")) < ids.IndexOf(first.Int("id")));

        var got = await factory.CreateWriteClient().GetAsync($"/api/v1/media/{first.Int("id")}");
        Assert.Equal("first.jpg", (await got.ReadJsonAsync()).Str("fileName"));
        Assert.NotNull(got.Headers.ETag);
    }

    [Fact]
    public async Task Patch_NewFocalPoint_ChangesTheVersionInEveryUrl_AndNeedsIfMatch()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(400, 300), "focus.jpg");
        var url = $"/api/v1/media/{item.Int("id")}";
        var editor = factory.CreateWriteClient();
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await editor.PatchAsync(url, new { alt = "x" }, null)).StatusCode);
        var etag = (await editor.GetAsync(url)).ETag();

        var patched = await editor.PatchAsync(url, new { focalPoint = new { x = 0.1, y = 0.9 }, alt = "A field" }, etag);

        var changed = await patched.ReadJsonAsync();
        Assert.Equal("A field", changed.Str("alt"));
        Assert.NotEqual(item.Str("url"), changed.Str("url"));
        Assert.Equal(changed.Str("url"), changed.GetProperty("image").Str("url"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await editor.PatchAsync(url, new { alt = "late" }, etag)).StatusCode);
        await (await editor.PatchAsync(url, new { focalPoint = new { x = 1.5, y = 0.5 } }, patched.ETag())).AssertValidationProblemAsync("focalPoint.x");
    }
}

internal static class JsonFields
{
    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
