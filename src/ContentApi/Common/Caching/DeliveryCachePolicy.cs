using ContentApi.Common.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.Caching;

/// <summary>
/// Output caching of the public delivery API: keyed by path, the query in one normal form, the
/// content coding the answer gets (bytes are cached compressed) and the caller's scope; tagged
/// "content" (everything) here and with what it shows by the endpoints (<see cref="CacheTags"/>); never past the moment the next scheduled article becomes due.
/// The key holds nothing a client can vary freely without changing the answer: not the parameter
/// order or case, not the raw Accept-Encoding. The Host is in the key: list answers' Link headers are
/// absolute URLs, so one Host's answer must never be served to another (restrict Hosts with AllowedHosts).
/// </summary>
internal sealed class DeliveryCachePolicy(IOptions<HttpCachingOptions> options, PublicationSchedule schedule) : IOutputCachePolicy
{
    public const string Name = "delivery";
    public const string Tag = "content";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.OutputCacheEnabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !PreviewRequests.IsPreview(request);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["query"] = NormalQuery(request.Query);
        // The coding a large answer would get: at most three values, whatever the client sends.
        context.CacheVaryByRules.VaryByValues["coding"] = ContentCoding.Choose(request, long.MaxValue) ?? "identity";
        context.CacheVaryByRules.VaryByValues["scope"] = Scope(context.HttpContext);
        context.Tags.Add(Tag);
        var lifetime = TimeSpan.FromSeconds(options.Value.OutputCacheSeconds);
        var untilDue = await schedule.TimeUntilNextDueAsync(cancellation);
        context.ResponseExpirationTimeSpan = untilDue is { } due && due < lifetime ? due : lifetime;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only complete 200s are kept: a 304 is about one client's copy, a problem is not content.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Names lower-cased and sorted (binding ignores their case and order); each name's values keep their order, which can matter.</summary>
    private static string NormalQuery(IQueryCollection query) =>
        string.Join('&', query
            .Select(p => (Name: p.Key.ToLowerInvariant(), p.Value))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={string.Join(',', p.Value.Select(v => Uri.EscapeDataString(v ?? "")))}"));

    private static string Scope(HttpContext context) =>
        string.Join(' ', context.User.FindAll("scope").Select(c => c.Value).Order(StringComparer.Ordinal)) is { Length: > 0 } scopes
            ? scopes
            : "anonymous";
}
