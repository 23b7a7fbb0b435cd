using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Scale;

/// <summary>With Redis, a client's limit holds across instances: two instances do not grant it twice.</summary>
public sealed class SharedRateLimitTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string Client = "203.0.113.9";

    [RedisFact]
    public async Task RateLimit_IsOneBudgetAcrossInstances()
    {
        // A clock stopped mid-window, so the window cannot turn over during the test.
        using var instances = new TwoInstances(redis,
            [("RateLimiting:PermitLimit", "4"), ("RateLimiting:WindowSeconds", "60")],
            new StoppedClock(new DateTimeOffset(2026, 1, 1, 12, 0, 30, TimeSpan.Zero)));
        var onA = instances.A.CreateClient().From(Client);
        var onB = instances.B.CreateClient().From(Client);

        var answers = new[]
        {
            await onA.GetAsync("/api/v1/site"), await onB.GetAsync("/api/v1/site"),
            await onA.GetAsync("/api/v1/site"), await onB.GetAsync("/api/v1/site"),
        };
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(["r=3", "r=2", "r=1", "r=0"], answers.Select(Remaining));

        var fifthOnA = await onA.GetAsync("/api/v1/site");
        Assert.Equal(HttpStatusCode.TooManyRequests, fifthOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onB.GetAsync("/api/v1/site")).StatusCode);
        // Another client's budget is its own.
        Assert.Equal(HttpStatusCode.OK, (await instances.B.CreateClient().From("203.0.113.10").GetAsync("/api/v1/site")).StatusCode);
    }

    private static string Remaining(HttpResponseMessage answer) =>
        answer.Headers.GetValues("RateLimit").Single().Split(';').Single(part => part.StartsWith("r=", StringComparison.Ordinal));

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
