using ContentApi.Common.Hosting;
using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace ContentApi.Tests.Scale;

/// <summary>
/// X-Forwarded-For, -Proto and -Host count only from a configured proxy: then the rate limit sees
/// the client behind it and Link headers carry the public URL; from anyone else they are ignored.
/// </summary>
public sealed class KnownProxiesTests(KnownProxiesTests.Factory factory) : IClassFixture<KnownProxiesTests.Factory>
{
    private const string TrustedProxy = "10.0.0.1";
    private const string TrustedNetworkProxy = "192.168.7.20";
    private const string Untrusted = "198.51.100.7";

    public sealed class Factory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Proxy:KnownProxies:0", TrustedProxy),
            ("Proxy:KnownNetworks", "192.168.7.0/24"),
            ("RateLimiting:PermitLimit", "2"),
            ("RateLimiting:WindowSeconds", "3600"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTestClientAddresses());
        }
    }

    [Theory]
    [InlineData(TrustedProxy)]
    [InlineData(TrustedNetworkProxy)]
    public async Task ListLinks_FromAKnownProxy_CarryThePublicUrl(string proxy)
    {
        var answer = await Forwarded(proxy, "203.0.113.1").GetAsync("/api/v1/tags?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.StartsWith("<https://news.example.com/api/v1/tags?", answer.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLinks_FromAnUnknownAddress_IgnoreItsForwardedHeaders()
    {
        var answer = await Forwarded(Untrusted, "203.0.113.2").GetAsync("/api/v1/authors?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.StartsWith("<http://localhost/api/v1/authors?", answer.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedList_UnderTheForwardedHost_IsNeverServedUnderAnother()
    {
        const string list = "/api/v1/donation-forms?pageSize=1";
        var forwarded = await Forwarded(TrustedProxy, "203.0.113.3").GetAsync(list);
        var otherHost = await Forwarded(TrustedProxy, "203.0.113.4", "other.example.org").GetAsync(list);
        Assert.StartsWith("<https://news.example.com/", forwarded.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.StartsWith("<https://other.example.org/", otherHost.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_BehindAKnownProxy_CountsEachClientBehindIt()
    {
        var client = Forwarded(TrustedProxy, "203.0.113.50");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/site")).StatusCode);
        // The proxy's other clients keep their own budgets.
        Assert.Equal(HttpStatusCode.OK, (await Forwarded(TrustedProxy, "203.0.113.51").GetAsync("/api/v1/site")).StatusCode);
    }

    [Fact]
    public async Task RateLimit_ForwardedForFromAnUnknownAddress_GivesNoFreshBudget()
    {
        const string caller = "198.51.100.99";
        Assert.Equal(HttpStatusCode.OK, (await Forwarded(caller, "203.0.113.60").GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forwarded(caller, "203.0.113.61").GetAsync("/api/v1/site")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Forwarded(caller, "203.0.113.62").GetAsync("/api/v1/site")).StatusCode);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies", "10.0.0.300", "Proxy:KnownProxies holds '10.0.0.300', which is not an IP address")]
    [InlineData("Proxy:KnownNetworks", "10.0.0.0/99", "Proxy:KnownNetworks holds '10.0.0.0/99', which is not a network in CIDR notation")]
    public void Start_WithABadProxySetting_RefusesNamingIt(string key, string value, string message)
    {
        using var bad = new SettingsFactory([(key, value)]);
        Assert.Contains(message, Assert.Throws<StartupRefusal>(() => bad.Server).Message, StringComparison.Ordinal);
    }

    private HttpClient Forwarded(string from, string client, string host = "news.example.com")
    {
        var http = factory.CreateClient().From(from);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-Host", host);
        return http;
    }

    private sealed class SettingsFactory((string Key, string Value)[] settings) : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => settings;
    }
}
