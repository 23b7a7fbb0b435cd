using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace ContentApi.Common.Errors;

/// <summary>Makes every non-2xx answer RFC 9457 problem+json, the framework's bare 404s and 405s included.</summary>
public static class ProblemDetailsSetup
{
    // The framework has no type for these; the write path answers them.
    private static readonly Dictionary<int, (string Type, string Title)> ExtraTypes = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = ("https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large"),
        [StatusCodes.Status428PreconditionRequired] = ("https://tools.ietf.org/html/rfc6585#section-3", "Precondition Required"),
    };

    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services
            // Binding failures (malformed JSON, wrong media type) reach the exception handler with their cause, in every environment.
            .Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true)
            .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            var problem = context.ProblemDetails;
            problem.Instance ??= http.Request.Path;
            // Statuses the framework has no defaults for still get a title; "about:blank" is RFC 9457's default type.
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status ?? http.Response.StatusCode);
            problem.Type ??= "about:blank";
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
            if (context.Exception is BadHttpRequestException bad)
            {
                BadRequestDetails.Describe(bad, problem);
            }
            if (context.Exception is Writes.WriteQueueFullException busy)
            {
                http.Response.Headers.RetryAfter = busy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                problem.Detail = busy.Message;
            }
            if (problem.Type is null && problem.Status is { } status && ExtraTypes.TryGetValue(status, out var type))
            {
                (problem.Type, problem.Title) = type;
            }
            switch (problem.Status)
            {
                case StatusCodes.Status404NotFound:
                    problem.Detail ??= $"Nothing is served at '{http.Request.Path}'. Swagger UI at /swagger lists every route.";
                    break;
                case StatusCodes.Status405MethodNotAllowed:
                    var allowed = AllowedMethods.For(http);
                    http.Response.Headers.Allow = string.Join(", ", allowed);
                    problem.Detail ??= $"{http.Request.Method} is not allowed on '{http.Request.Path}'. Allowed: {string.Join(", ", allowed)}.";
                    break;
                case StatusCodes.Status413PayloadTooLarge:
                    // A chunked body over the limit is cut off while being read, with no exception to describe it.
                    problem.Detail ??= $"The request body is larger than the {Writes.RequestLimits.MaxBodyBytes(http.RequestServices.GetRequiredService<IConfiguration>())} bytes accepted (Limits:MaxRequestBodyBytes).";
                    break;
                case StatusCodes.Status415UnsupportedMediaType:
                    // Routing refuses a body no endpoint accepts before any handler runs.
                    problem.Detail ??= $"A body of type '{http.Request.ContentType}' is not accepted here. Send JSON: application/json (a PATCH may also be application/merge-patch+json).";
                    break;
                case StatusCodes.Status500InternalServerError:
                    problem.Detail ??= "The server failed to answer this request. The traceId identifies it in the server's log.";
                    break;
            }
        });

    public static WebApplication UseApiProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A malformed request the framework rejects is the client's error, not a 500.
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Writes.WriteQueueFullException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            // The client's mistake is answered, not logged as a server error; a full write queue is load, not a fault.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException or Writes.WriteQueueFullException,
        });
        app.UseStatusCodePages();
        return app;
    }
}
