using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Cors;

public sealed class CorsRateLimitTests(CorsRateLimitTests.OnePerWindow factory) : IClassFixture<CorsRateLimitTests.OnePerWindow>
{
    public sealed class OnePerWindow : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("RateLimiting:PermitLimit", "1")];
    }

    [Fact]
    public async Task TooManyRequests_CarriesCorsHeaders_SoTheBrowserCanReadRetryAfter()
    {
        var client = factory.CreateClient();
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/site").From(CorsFactory.Stranger));

        var refused = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/site").From(CorsFactory.Stranger));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("*", refused.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Retry-After", refused.Header("Access-Control-Expose-Headers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_IsNotCountedAgainstTheLimit()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.SendAsync(CorsRequests.Preflight("/api/v1/articles", CorsFactory.Stranger, "GET", "if-none-match"));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }
}
