using ContentApi.Common.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace ContentApi.Common.Writes;

/// <summary>Limits:MaxRequestBodyBytes (1 MiB by default): a larger body is refused with 413 before it is read.</summary>
public static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static long MaxBodyBytes(IConfiguration configuration) =>
        configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? DefaultMaxBodyBytes;

    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var configured = MaxBodyBytes(app.Configuration);
        app.Use(async (http, next) =>
        {
            // An endpoint that takes larger bodies (an image upload) says so in its metadata.
            var own = http.GetEndpoint()?.Metadata.GetMetadata<RouteBodyLimit>();
            var max = own?.Bytes ?? configured;
            if (http.Request.ContentLength > max)
            {
                await ProblemWriter.WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
                    $"The request body is {http.Request.ContentLength} bytes; at most {max} bytes are accepted ({own?.Setting ?? "Limits:MaxRequestBodyBytes"}).");
                return;
            }
            // A chunked body has no length up front: the server stops reading it at the limit (Kestrel answers 413).
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = max;
            }
            await next(http);
        });
        return app;
    }
}

/// <summary>Endpoint metadata: this route takes bodies up to <paramref name="Bytes"/>, as the named setting says.</summary>
public sealed record RouteBodyLimit(long Bytes, string Setting);
