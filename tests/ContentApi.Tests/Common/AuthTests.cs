using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Auth;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

public sealed class AuthTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly object Draft = new { title = "An auth test draft" };

    [Fact]
    public async Task Write_WithoutKey_Is401WithWwwAuthenticate()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/articles", Draft);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains(Scopes.Write, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Write_WithReadOnlyKey_Is403()
    {
        var reader = factory.CreateClient(await factory.CreateKeyAsync("reader", Scopes.Read));

        var problem = await (await reader.PostAsJsonAsync("/api/v1/articles", Draft)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("reader", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("capi_not-a-key-anyone-was-ever-given-0000000000000")]
    [InlineData("x")]
    public async Task Write_WithUnknownKey_Is401(string key)
    {
        var response = await factory.CreateClient(key).PostAsJsonAsync("/api/v1/articles", Draft);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Write_WithXApiKeyHeader_IsAccepted()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", WriteApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/articles", Draft)).StatusCode);
    }

    [Fact]
    public async Task Reads_StayPublicByDefault()
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AuditLog_NeedsWriteKey()
    {
        await (await factory.CreateClient().GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class RequireReadKeyTests(RequireReadKeyTests.Factory factory) : IClassFixture<RequireReadKeyTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [.. base.Settings, ("Auth:RequireReadKey", "true")];
    }

    [Fact]
    public async Task Read_WithoutKey_Is401WhenTheOperatorAsksForKeys()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/articles");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(Scopes.Read, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(Scopes.Read)]
    [InlineData(Scopes.Write)]
    public async Task Read_WithReadOrWriteKey_IsServed(string scope)
    {
        var client = factory.CreateClient(await factory.CreateKeyAsync($"key-{scope}", scope));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/articles")).StatusCode);
    }

    [Fact]
    public async Task Health_StaysOpen()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}
