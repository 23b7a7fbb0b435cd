using System.Globalization;
using ContentApi.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Common.Cors;

/// <summary>
/// Public reads (GET/HEAD of a route that needs no write key, not a preview) answer
/// `Access-Control-Allow-Origin: *` always, with or without an Origin, so the answer is the same for
/// every origin and shared caches and the output cache may keep it. Anything else (writes, previews,
/// admin routes) gets CORS headers only for an origin in <see cref="CorsOptions.AllowedOrigins"/>,
/// with `Vary: Origin`. Preflights are answered here (204), before rate limiting and keys. Runs after
/// routing (to know the route) and before everything that may answer early (429, 401), so those
/// answers carry the headers too.
/// </summary>
public sealed class CorsMiddleware(RequestDelegate next, IOptionsMonitor<CorsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.CurrentValue;
        var origin = context.Request.Headers.Origin.ToString();
        if (HttpMethods.IsOptions(context.Request.Method) && origin.Length > 0
            && context.Request.Headers[CorsHeaders.RequestMethod].ToString() is { Length: > 0 } method)
        {
            return Preflight(context, origin, method, settings);
        }
        var isPublic = IsPublicRead(context);
        var allowed = !isPublic && IsAllowed(origin, settings);
        // Set as the response starts, after the output cache has copied a cached entry's headers.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            foreach (var name in CorsHeaders.Written)
            {
                headers.Remove(name);
            }
            if (isPublic || allowed)
            {
                headers[CorsHeaders.AllowOrigin] = isPublic ? "*" : origin;
                headers[CorsHeaders.ExposeHeaders] = CorsHeaders.Exposed;
            }
            if (!isPublic)
            {
                headers.Append(HeaderNames.Vary, HeaderNames.Origin);
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// A read may be asked for from any origin: whether its answer may be read is decided on the answer
    /// itself (a preview or admin read carries CORS headers only for an allowed origin). Writes only
    /// from allowed origins.
    /// </summary>
    private static Task Preflight(HttpContext context, string origin, string method, CorsOptions settings)
    {
        var headers = context.Response.Headers;
        headers.Append(HeaderNames.Vary, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        if (IsAllowed(origin, settings))
        {
            headers[CorsHeaders.AllowOrigin] = origin;
            headers[CorsHeaders.AllowMethods] = CorsHeaders.AllMethods;
        }
        else if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            headers[CorsHeaders.AllowOrigin] = "*";
            headers[CorsHeaders.AllowMethods] = CorsHeaders.ReadMethods;
        }
        else
        {
            // No CORS headers: the browser refuses to send the write.
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        headers[CorsHeaders.AllowHeaders] = CorsHeaders.RequestHeaderNames;
        headers[CorsHeaders.MaxAge] = settings.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>A read that needs no write key: delivery routes (also unknown ones, so a 404 is readable), health, docs.</summary>
    private static bool IsPublicRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !Http.PreviewRequests.IsPreview(context.Request)
        && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null && a.Policy != Scopes.Read) != true;

    private static bool IsAllowed(string origin, CorsOptions settings) =>
        origin.Length > 0 && settings.AllowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
}
