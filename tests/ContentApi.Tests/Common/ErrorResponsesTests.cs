using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

/// <summary>The framework's own errors are problem+json too, and say what to do.</summary>
public sealed class ErrorResponsesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v2/articles")]
    [InlineData("/api/v1/articles/a/b/c")]
    public async Task UnknownRoute_ReturnsProblem404PointingToSwagger(string path)
    {
        var problem = await (await _client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("/swagger", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongMethod_ReturnsProblem405WithAllowHeader()
    {
        var response = await _client.DeleteAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}/related");

        var problem = await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Contains("DELETE", problem.GetProperty("detail").GetString());
        Assert.Contains("Allowed: GET", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongMethodOnList_ReturnsProblem405()
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/v1/site", content);

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Problem_CarriesInstanceAndTraceId()
    {
        var problem = await (await _client.GetAsync("/api/v1/articles/missing")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("/api/v1/articles/missing", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }
}
