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
        var max = MaxBodyBytes(app.Configuration);
        app.Use(async (http, next) =>
        {
            if (http.Request.ContentLength > max)
            {
                await ProblemWriter.WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
                    $"The request body is {http.Request.ContentLength} bytes; at most {max} bytes are accepted (Limits:MaxRequestBodyBytes).");
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
