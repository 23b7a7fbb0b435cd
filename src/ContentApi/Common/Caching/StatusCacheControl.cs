using ContentApi.Common.Auth;
using ContentApi.Common.Http;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.Caching;

/// <summary>
/// Every answer leaves with a deliberate Cache-Control, decided as it starts, whatever produced it
/// (an endpoint, the output cache, the limiter, authentication, the framework's 404):
/// - a 200 or 304 that set its own keeps it (delivery content, see ConditionalGetFilter; image
///   variants; the front end's files);
/// - a delivery redirect or 404 is kept briefly (<see cref="HttpCachingOptions.RedirectCacheControl"/>,
///   <see cref="HttpCachingOptions.NotFoundCacheControl"/>): a retired slug may be reused, an item published;
/// - anything else (admin routes, every refusal) is not stored;
/// - with Auth:RequireReadKey on, an answer depends on the key, so `public` becomes `private`.
/// </summary>
public static class StatusCacheControl
{
    public static IApplicationBuilder UseStatusCacheControl(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Decide(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Decide(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value;
        var headers = context.Response.Headers;
        var delivery = context.GetEndpoint()?.Metadata.GetMetadata<HttpCachingMetadata>() is not null;
        var status = context.Response.StatusCode;
        headers.CacheControl = status switch
        {
            StatusCodes.Status200OK or StatusCodes.Status304NotModified when headers.CacheControl.Count > 0 => headers.CacheControl,
            >= 300 and < 400 and not StatusCodes.Status304NotModified when delivery => options.RedirectCacheControl,
            StatusCodes.Status404NotFound or StatusCodes.Status410Gone when delivery => options.NotFoundCacheControl,
            _ => options.AdminCacheControl,
        };
        if (context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequireReadKey)
        {
            headers.CacheControl = headers.CacheControl.ToString().Replace("public", "private", StringComparison.OrdinalIgnoreCase);
        }
    }
}
