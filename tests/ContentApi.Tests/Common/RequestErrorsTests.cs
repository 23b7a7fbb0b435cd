using System.Net;
using System.Text;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

/// <summary>Bodies the framework refuses get a problem that says what was wrong and what is allowed.</summary>
public sealed class RequestErrorsTests(RequestErrorsTests.Factory factory) : IClassFixture<RequestErrorsTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [.. base.Settings, ("Limits:MaxRequestBodyBytes", "4096")];
    }

    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task TooLargeBody_Returns413NamingTheLimit()
    {
        var body = $"{{\"title\":\"big\",\"bodyHtml\":\"{new string('x', 5000)}\"}}";

        var response = await _editor.PostAsync("/api/v1/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4096", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongContentType_Returns415SayingWhatToSend()
    {
        var response = await _editor.PostAsync("/api/v1/articles", new StringContent("title=x", Encoding.UTF8, "text/plain"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongContentType_OnPatch_Returns415()
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{SeedFacts.ArticleSlug}")
        {
            Content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"),
        }.WithIfMatch("\"x\"");

        await (await _editor.SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MalformedJson_Returns400WithLineAndPosition()
    {
        const string body = "{\n  \"title\": \"x\",\n  \"status\": oops\n}";

        var response = await _editor.PostAsync("/api/v1/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("line 3", detail);
        Assert.Contains("byte", detail);
    }

    [Fact]
    public async Task WrongJsonType_Returns400NamingTheField()
    {
        var response = await _editor.PostAsync("/api/v1/articles",
            new StringContent("{\"title\": \"x\", \"publishedAt\": \"next tuesday\"}", Encoding.UTF8, "application/json"));

        await response.AssertValidationProblemAsync("publishedAt");
    }

    [Fact]
    public async Task MalformedMergePatch_Returns400WithLineAndPosition()
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{SeedFacts.ArticleSlug}")
        {
            Content = new StringContent("{\"title\": ", Encoding.UTF8, "application/merge-patch+json"),
        }.WithIfMatch("\"x\"");

        var problem = await (await _editor.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("line 1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EmptyBody_Returns400AskingForJson()
    {
        var response = await _editor.PostAsync("/api/v1/articles", new StringContent("", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
