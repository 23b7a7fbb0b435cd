using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace ContentApi.Common.Errors;

/// <summary>Makes every non-2xx answer RFC 9457 problem+json, the framework's bare 404s and 405s included.</summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            var problem = context.ProblemDetails;
            problem.Instance ??= http.Request.Path;
            // Statuses the framework has no defaults for still get a title; "about:blank" is RFC 9457's default type.
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status ?? http.Response.StatusCode);
            problem.Type ??= "about:blank";
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
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
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
