using System.Globalization;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.RateLimiting;

/// <summary>
/// Limits each client (its verified API key, else its address: see <see cref="RateLimitClient"/>) on the /api routes,
/// sends the IETF RateLimit-Policy and RateLimit headers on every answer, and a problem+json 429
/// with Retry-After past the limit.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, IRateLimitCounters counters, IOptionsMonitor<RateLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var decision = await counters.AcquireAsync(RateLimitClient.Of(context), settings.PermitLimit, settings.WindowSeconds);
        // Written as the response starts, after the output cache has copied a cached entry's headers.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["RateLimit-Policy"] = $"\"default\";q={settings.PermitLimit};w={settings.WindowSeconds}";
            headers["RateLimit"] = $"\"default\";r={decision.Remaining};t={decision.ResetSeconds}";
            return Task.CompletedTask;
        });
        if (decision.Allowed)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            detail: $"This client made more than {settings.PermitLimit} requests in {settings.WindowSeconds} s. Retry after {decision.ResetSeconds} s; the RateLimit header tells how many requests are left.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too Many Requests",
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(context);
    }
}
