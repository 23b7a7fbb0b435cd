using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ContentApi.Common.Hosting;

/// <summary>
/// Behind a load balancer or CDN: X-Forwarded-For, -Proto and -Host are taken only from the
/// addresses in Proxy:KnownProxies and Proxy:KnownNetworks, so the rate limit counts the real client
/// and Link headers and feeds carry the public URL. Anyone else's X-Forwarded-* is ignored, or a
/// client could pick its own address (a fresh rate-limit bucket per request) or poison links.
/// Unset, nothing is trusted: the connection's own address, scheme and Host, as before.
/// </summary>
public static class KnownProxies
{
    public const string Section = "Proxy";

    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies")
            .Select(value => IPAddress.TryParse(value, out var address) ? address : throw Invalid("KnownProxies", value, "an IP address such as 10.0.0.5"))
            .ToList();
        var networks = Values(configuration, "KnownNetworks")
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network : throw Invalid("KnownNetworks", value, "a network in CIDR notation such as 10.0.0.0/8"))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults trust loopback; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // A CDN then a load balancer: walk back through every known hop to the first unknown one, the client.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address, scheme and host.</summary>
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    /// <summary>A list (Proxy:KnownProxies:0, …) or one comma-separated value (Proxy__KnownProxies=10.0.0.5,10.0.0.6).</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection(Section).GetSection(name);
        return section.GetChildren().Select(child => child.Value).Append(section.Value)
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static StartupRefusal Invalid(string name, string value, string allowed) =>
        new($"{Section}:{name} holds '{value}', which is not {allowed}.");
}
