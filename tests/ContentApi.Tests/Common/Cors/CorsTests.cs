using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Common.Cors.CorsFactory;

namespace ContentApi.Tests.Common.Cors;

public sealed class CorsTests(CorsFactory factory) : IClassFixture<CorsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/articles/" + SeedFacts.ArticleSlug)]
    [InlineData("/api/v1/no-such-route")]
    public async Task PublicRead_AnyOrigin_AllowsEveryOriginAndExposesTheHeadersFrontEndsRead(string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).From(Stranger));

        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        var exposed = response.Header("Access-Control-Expose-Headers")!.Split(", ");
        Assert.Equal(["ETag", "Last-Modified", "Link", "X-Total-Count", "RateLimit", "RateLimit-Policy", "Retry-After", "Location"], exposed);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.DoesNotContain("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task PublicRead_NoOriginAndFromTheOutputCache_StillAllowsEveryOrigin()
    {
        var plain = await _client.GetAsync("/api/v1/site");
        var cached = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/site").From(Stranger));

        Assert.Equal("*", plain.Header("Access-Control-Allow-Origin"));
        Assert.Equal("*", cached.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ConditionalRead_AnsweredForAnyOriginAndCached()
    {
        var response = await _client.SendAsync(CorsRequests.Preflight("/api/v1/articles", Stranger, "GET", "if-none-match"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("GET, HEAD", response.Header("Access-Control-Allow-Methods"));
        Assert.Contains("If-None-Match", response.Header("Access-Control-Allow-Headers"), StringComparison.Ordinal);
        Assert.Equal("900", response.Header("Access-Control-Max-Age"));
    }

    [Theory]
    [InlineData(Trusted, true)]
    [InlineData(Stranger, false)]
    public async Task Preflight_Write_OnlyFromAllowedOrigins(string origin, bool allowed)
    {
        var response = await _client.SendAsync(CorsRequests.Preflight("/api/v1/articles/" + SeedFacts.ArticleSlug, origin, "PATCH", "authorization,content-type,if-match"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed ? origin : null, response.Header("Access-Control-Allow-Origin"));
        if (allowed)
        {
            Assert.Contains("PATCH", response.Header("Access-Control-Allow-Methods"), StringComparison.Ordinal);
            Assert.Contains("If-Match", response.Header("Access-Control-Allow-Headers"), StringComparison.Ordinal);
            Assert.Contains("Origin", response.Headers.Vary);
        }
    }

    [Theory]
    [InlineData(Trusted, true)]
    [InlineData(Stranger, false)]
    public async Task Write_AllowedOriginOnly_AndExposesLocation(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tags") { Content = JsonContent.Create(new { name = $"Tag from {origin}" }) }.From(origin);

        var response = await factory.CreateWriteClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(allowed ? origin : null, response.Header("Access-Control-Allow-Origin"));
        Assert.Equal(allowed, response.Header("Access-Control-Expose-Headers")?.Contains("Location", StringComparison.Ordinal) == true);
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/api/v1/articles/" + SeedFacts.ArticleSlug + "?preview=true")]
    [InlineData("/api/v1/keys")]
    [InlineData("/api/v1/audit")]
    public async Task PreviewAndAdminReads_OnlyForAllowedOrigins(string url)
    {
        var client = factory.CreateWriteClient();

        var trusted = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).From(Trusted));
        var stranger = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).From(Stranger));

        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
        Assert.Equal(Trusted, trusted.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", trusted.Headers.Vary);
        Assert.Null(stranger.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Unauthorized_FromAllowedOrigin_CarriesCorsHeadersSoTheBrowserCanReadThe401()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tags") { Content = JsonContent.Create(new { name = "No key" }) }.From(Trusted);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Trusted, response.Header("Access-Control-Allow-Origin"));
    }
}
