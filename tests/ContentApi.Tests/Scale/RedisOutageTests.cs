using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Scale;

/// <summary>
/// Redis configured but not reachable (nothing listens on its port): readers are still answered,
/// from the database, and each instance counts its clients' requests on its own meanwhile.
/// </summary>
public sealed class RedisOutageTests(RedisOutageTests.Factory factory) : IClassFixture<RedisOutageTests.Factory>
{
    public sealed class Factory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Cache:Redis", "127.0.0.1:1,connectTimeout=200"),
            ("Cursors:Key", TwoInstances.CursorKey),
            ("RateLimiting:PermitLimit", "1000"),
        ];
    }

    [Fact]
    public async Task Read_WhileRedisIsDown_IsAnsweredAndStillLimited()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}");
        var second = await client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.StartsWith("\"default\";r=998;", second.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
    }
}
