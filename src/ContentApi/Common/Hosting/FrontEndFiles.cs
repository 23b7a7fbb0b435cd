namespace ContentApi.Common.Hosting;

/// <summary>
/// Serves the demo front end from wwwroot (index.html at "/", its script and styles) ahead of the
/// API's pipeline, so static files are neither rate limited, output cached nor in the OpenAPI document.
/// A browser asking for an unknown page outside the API's own paths gets the front end's not-found
/// page with status 404; everything else keeps the API's problem+json 404.
/// </summary>
public static class FrontEndFiles
{
    private static readonly string[] ApiPaths = ["/api", "/swagger", "/health"];

    public static WebApplication UseFrontEnd(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Not fingerprinted, so always revalidated (ETag and Last-Modified come with each file).
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Use(async (context, next) =>
        {
            await next(context);
            if (IsUnknownPage(context))
            {
                await WriteNotFoundPageAsync(context, app.Environment.WebRootFileProvider.GetFileInfo("index.html"));
            }
        });
        return app;
    }

    private static bool IsUnknownPage(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status404NotFound
        && !context.Response.HasStarted
        && HttpMethods.IsGet(context.Request.Method)
        && !ApiPaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
        && context.Request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async Task WriteNotFoundPageAsync(HttpContext context, Microsoft.Extensions.FileProviders.IFileInfo page)
    {
        if (!page.Exists)
        {
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await using var content = page.CreateReadStream();
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
