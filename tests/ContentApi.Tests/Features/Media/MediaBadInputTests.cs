using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Media;

/// <summary>Every bad upload or variant request is a clear 4xx problem, never a 500.</summary>
public sealed class MediaBadInputTests(MediaBadInputTests.SmallLimitsFactory factory) : IClassFixture<MediaBadInputTests.SmallLimitsFactory>
{
    public sealed class SmallLimitsFactory : MediaApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> MediaSettings => [("Media:MaxBytes", "200000")];
    }

    [Fact]
    public async Task Upload_TruncatedJpeg_Returns422()
    {
        var jpeg = TestImages.Jpeg(400, 300);

        var problem = await PostRawAsync(jpeg[..(jpeg.Length / 2)], "image/jpeg").AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("could not be decoded", problem.Detail());
    }

    [Fact]
    public async Task Upload_TruncatedPng_Returns422()
    {
        var png = TestImages.Png(400, 300);

        await PostRawAsync(png[..(png.Length / 2)], "image/png").AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Upload_JpegThatIsAlsoHtml_Returns422()
    {
        var problem = await PostRawAsync(TestImages.JpegHtmlPolyglot(), "image/jpeg").AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("HTML", problem.Detail());
    }

    [Fact]
    public async Task Upload_HeaderClaiming100000By100000_Returns422_BeforeDecoding()
    {
        var problem = await PostRawAsync(TestImages.PngClaiming(100_000, 100_000), "image/png").AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("100000 x 100000", problem.Detail());
        Assert.Contains("Media:MaxPixels", problem.Detail());
    }

    [Fact]
    public async Task Upload_Empty_Returns400()
    {
        var problem = await PostRawAsync([], "image/png").AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("empty", problem.Detail());
    }

    [Fact]
    public async Task Upload_WrongContentType_Returns415()
    {
        var problem = await PostRawAsync(TestImages.Jpeg(10, 10), "application/json").AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("multipart/form-data", problem.Detail());
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "SVG")]
    [InlineData("just some text, not an image", "not an image")]
    public async Task Upload_NotAnAcceptedFormat_Returns415(string body, string expected)
    {
        var response = await factory.CreateWriteClient().PostAsync("/api/v1/media", MediaApiFactory.Form(Encoding.UTF8.GetBytes(body), "x.png"));

        Assert.Contains(expected, (await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType)).Detail());
    }

    [Fact]
    public async Task Upload_OverMaxBytes_Returns413()
    {
        var noise = new byte[300_000];
        new Random(7).NextBytes(noise);

        var problem = await PostRawAsync([0xFF, 0xD8, 0xFF, .. noise], "image/jpeg").AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("Media:MaxBytes", problem.Detail());
    }

    [Fact]
    public async Task Upload_FormWithoutFile_Returns400_AndBadFocalPoint_NamesTheField()
    {
        var noFile = new MultipartFormDataContent { { new StringContent("x"), "alt" } };
        await (await factory.CreateWriteClient().PostAsync("/api/v1/media", noFile)).AssertProblemAsync(HttpStatusCode.BadRequest);

        var response = await factory.CreateWriteClient().PostAsync("/api/v1/media", MediaApiFactory.Form(TestImages.Jpeg(10, 10), "a.jpg", ("focalPoint", "left")));
        await response.AssertValidationProblemAsync("focalPoint.x");
    }

    [Theory]
    [InlineData("w=700", "w")]
    [InlineData("w=abc", "w")]
    [InlineData("h=0", "h")]
    [InlineData("fit=stretch", "fit")]
    [InlineData("fmt=bmp", "fmt")]
    [InlineData("q=101", "q")]
    public async Task GetVariant_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(64, 64), "bad.jpg");

        var messages = await (await factory.CreateClient().GetAsync($"/media/{item.Int("id")}/bad.jpg?{query}")).AssertValidationProblemAsync(parameter);

        Assert.NotEmpty(messages);
    }

    [Fact]
    public async Task GetVariant_UnknownImage_Returns404()
    {
        await (await factory.CreateClient().GetAsync("/media/99999/none.jpg")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> PostRawAsync(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await factory.CreateWriteClient().PostAsync("/api/v1/media", content);
    }
}

internal static class ProblemFields
{
    public static string Detail(this System.Text.Json.JsonElement problem) => problem.GetProperty("detail").GetString()!;

    public static async Task<System.Text.Json.JsonElement> AssertProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode status) =>
        await (await response).AssertProblemAsync(status);
}
