using ContentApi.Common.Writes;
using System.Net;
using ContentApi.Common.Auth;
using ContentApi.Features.Audit;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Common.RateLimiting;

public sealed class RateLimitingTests(RateLimitingTests.LimitedFactory factory) : IClassFixture<RateLimitingTests.LimitedFactory>
{
    [Fact]
    public async Task EveryAnswer_SaysThePolicyAndWhatIsLeft()
    {
        var client = factory.CreateClient().From("203.0.113.1");

        var first = await client.GetAsync("/api/v1/site");
        var second = await client.GetAsync("/api/v1/articles/none");

        Assert.Equal("\"default\";q=3;w=60", first.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal("\"default\";r=2;t=30", first.Headers.GetValues("RateLimit").Single());
        Assert.Equal("\"default\";r=1;t=30", second.Headers.GetValues("RateLimit").Single());
    }

    [Fact]
    public async Task PastTheLimit_Answers429ProblemWithRetryAfter()
    {
        var client = factory.CreateClient().From("203.0.113.2");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/site")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/site");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("3 requests in 60 s", problem.GetProperty("detail").GetString());
        Assert.Equal("\"default\";r=0;t=30", refused.Headers.GetValues("RateLimit").Single());
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EachVerifiedKey_HasItsOwnAllowance_AndHealthIsNotLimited()
    {
        var greedy = factory.CreateClient(await MakeKeyAsync("first-client")).From("203.0.113.3");
        for (var i = 0; i < 4; i++)
        {
            await greedy.GetAsync("/api/v1/site");
        }

        var other = factory.CreateClient(await MakeKeyAsync("second-client")).From("203.0.113.3");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await greedy.GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await greedy.GetAsync("/health/live")).StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("X-Api-Key", "")]
    public async Task InventedKeys_CountAgainstTheAddress_NotABucketEach(string header, string scheme)
    {
        var address = header == "X-Api-Key" ? "203.0.113.4" : "203.0.113.5";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var client = factory.CreateClient().From(address);
            client.DefaultRequestHeaders.TryAddWithoutValidation(header, $"{scheme}capi_invented-{i}-0123456789abcdef0123456789");
            statuses.Add((await client.GetAsync("/api/v1/site")).StatusCode);
        }
        var anonymous = await factory.CreateClient().From(address).GetAsync("/api/v1/site");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous.StatusCode);
    }

    [Fact]
    public async Task Ipv6Callers_CountByTheirSlash64()
    {
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().From($"2001:db8:1:2::{i}").GetAsync("/api/v1/site")).StatusCode);
        }

        var sameBlock = await factory.CreateClient().From("2001:db8:1:2:ffff::9").GetAsync("/api/v1/site");
        var otherBlock = await factory.CreateClient().From("2001:db8:1:3::1").GetAsync("/api/v1/site");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameBlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherBlock.StatusCode);
    }

    private async Task<string> MakeKeyAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(name, [Scopes.Read], Actor.System, CancellationToken.None);
        return secret;
    }

    /// <summary>3 requests a minute, on a clock stopped 30 s into a window, so counts never reset mid-test.</summary>
    public sealed class LimitedFactory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
            base.Settings.Concat([("RateLimiting:PermitLimit", "3"), ("RateLimiting:WindowSeconds", "60")]);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTestClientAddresses()
                .AddSingleton<TimeProvider>(new StoppedClock(new DateTimeOffset(2026, 1, 1, 12, 0, 30, TimeSpan.Zero))));
        }
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
