using System.Net;
using ContentApi.Common.RateLimiting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ContentApi.Tests.Security;

public sealed class RateLimitCounterBoundTests(ITestOutputHelper output)
{
    private const int Limit = 600;
    private const int Window = 60;

    [Fact]
    public void ThreeHundredThousandClients_HoldAtMostMaxClientsCounters()
    {
        var counters = Counters(new ManualClock(), new RateLimitOptions());
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 300_000; i++)
        {
            counters.Acquire($"ip:10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", Limit, Window);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.InRange(counters.Count, 1, new RateLimitOptions().MaxClients + 1);
        output.WriteLine($"300,000 clients: {counters.Count} counters, {(after - before) / 1024.0 / 1024.0:0.0} MiB held");
    }

    [Fact]
    public void AFloodOfNewClients_NeverResetsALiveCount_AndSharesOneOverflowCounter()
    {
        var counters = Counters(new ManualClock(), new RateLimitOptions { MaxClients = 100 });
        for (var i = 0; i < 3; i++)
        {
            counters.Acquire("ip:steady-client", 3, Window);
        }

        var flood = Enumerable.Range(0, 10_000).Select(i => counters.Acquire($"ip:flood-{i}", 3, Window)).ToList();

        Assert.False(counters.Acquire("ip:steady-client", 3, Window).Allowed);
        Assert.InRange(counters.Count, 1, 101);
        Assert.True(flood.Count(d => !d.Allowed) > 9_000, "the newcomers beyond the bound share one allowance");
    }

    [Fact]
    public void WhenFull_CountersOfPastWindowsAreDroppedFirst()
    {
        var clock = new ManualClock();
        var counters = Counters(clock, new RateLimitOptions { MaxClients = 100 });
        for (var i = 0; i < 100; i++)
        {
            counters.Acquire($"ip:old-{i}", 3, Window);
        }

        clock.Advance(TimeSpan.FromSeconds(Window));
        var newcomer = counters.Acquire("ip:newcomer", 3, Window);

        Assert.True(newcomer is { Allowed: true, Remaining: 2 });
        Assert.Equal(1, counters.Count);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb:ffff:ffff:ffff:ffff", "2001:db8:aa:bb::/64")]
    public void AddressBlock_GroupsIpv6BySlash64(string address, string expected) =>
        Assert.Equal(expected, RateLimitClient.AddressBlock(IPAddress.Parse(address)));

    private static FixedWindowCounters Counters(TimeProvider clock, RateLimitOptions options) =>
        new(clock, new FixedOptions(options));

    private sealed class FixedOptions(RateLimitOptions value) : IOptionsMonitor<RateLimitOptions>
    {
        public RateLimitOptions CurrentValue => value;

        public RateLimitOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RateLimitOptions, string?> listener) => null;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
