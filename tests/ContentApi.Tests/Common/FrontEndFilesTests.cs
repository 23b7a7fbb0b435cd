using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

/// <summary>The demo front end is served at / beside the API, and the API answers as it did before.</summary>
public sealed class FrontEndFilesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetRoot_ServesTheFrontEndPage()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<main id=\"main\"", html);
        Assert.Contains("src=\"/app.js\"", html);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task GetAsset_IsRevalidatedByETagAndNotRateLimited(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.False(response.Headers.Contains("RateLimit"));
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task GetUnknownPage_FromABrowser_ServesTheNotFoundPageWith404()
    {
        var response = await _client.SendAsync(BrowserGet("/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("src=\"/app.js\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetUnknownPage_WithoutHtml_ReturnsProblem404()
    {
        await (await _client.GetAsync("/no-such-page")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/api/v1/articles/no-such-article")]
    [InlineData("/health/no-such-check")]
    public async Task GetUnknownApiPath_FromABrowser_IsNeverThePage(string path)
    {
        var response = await _client.SendAsync(BrowserGet(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiRoutes_StillRateLimitedAndProblemJson()
    {
        Assert.True((await _client.GetAsync("/api/v1/site")).Headers.Contains("RateLimit"));
        await (await _client.GetAsync("/api/v1/no-such-route")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocument_ListsNoStaticFiles()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/v1/articles", paths);
        Assert.DoesNotContain(paths, path => path is "/" or "/index.html" or "/app.js" or "/app.css");
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return request;
    }
}
