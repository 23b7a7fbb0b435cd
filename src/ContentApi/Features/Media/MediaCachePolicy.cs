using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Media;

/// <summary>
/// Variants in the output cache: a hot image is served from memory without a database query or a
/// file read. Keyed by every query parameter and `Accept` (for `fmt=auto`); evicted by any media
/// write (they are rare), so a deleted image stops being served at once.
/// </summary>
internal sealed class MediaCachePolicy(IOptions<HttpCachingOptions> options) : IOutputCachePolicy
{
    public const string Name = "media";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.OutputCacheEnabled && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        (context.EnableOutputCaching, context.AllowCacheLookup, context.AllowCacheStorage, context.AllowLocking) = (cacheable, cacheable, cacheable, true);
        if (cacheable)
        {
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = new(["Accept"]);
            context.Tags.Add(DeliveryCachePolicy.Tag);
            context.Tags.Add(CacheTags.Any(MediaSpec.ResourceName));
            context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.OutputCacheSeconds);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
