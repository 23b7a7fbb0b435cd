using System.Net;
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
        var client = ClientWithKey("pace");

        var first = await client.GetAsync("/api/v1/site");
        var second = await client.GetAsync("/api/v1/articles/none");

        Assert.Equal("\"default\";q=3;w=60", first.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal("\"default\";r=2;t=30", first.Headers.GetValues("RateLimit").Single());
        Assert.Equal("\"default\";r=1;t=30", second.Headers.GetValues("RateLimit").Single());
    }

    [Fact]
    public async Task PastTheLimit_Answers429ProblemWithRetryAfter()
    {
        var client = ClientWithKey("greedy");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/site")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/site");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("3 requests in 60 s", problem.GetProperty("detail").GetString());
        Assert.Equal("\"default\";r=0;t=30", refused.Headers.GetValues("RateLimit").Single());
    }

    [Fact]
    public async Task EachKey_HasItsOwnAllowance_AndHealthIsNotLimited()
    {
        var greedy = ClientWithKey("first-client");
        for (var i = 0; i < 4; i++)
        {
            await greedy.GetAsync("/api/v1/site");
        }

        Assert.Equal(HttpStatusCode.OK, (await ClientWithKey("second-client").GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await greedy.GetAsync("/health/live")).StatusCode);
    }

    private HttpClient ClientWithKey(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>3 requests a minute, on a clock stopped 30 s into a window, so counts never reset mid-test.</summary>
    public sealed class LimitedFactory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
            [("RateLimiting:PermitLimit", "3"), ("RateLimiting:WindowSeconds", "60")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddSingleton<TimeProvider>(new StoppedClock(new DateTimeOffset(2026, 1, 1, 12, 0, 30, TimeSpan.Zero))));
        }
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
