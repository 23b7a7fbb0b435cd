namespace ContentApi.Common.Errors;

/// <summary>Writes a problem+json answer outside an endpoint (authentication, middleware) through the app's problem details service.</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
