namespace ContentApi.Features.Redirects;

/// <summary>
/// Old WordPress URLs answer 301 to where their content lives now. The API's own routes and the
/// front end's files always win: a path is looked up only when nothing else answers it
/// (<see cref="UseOldPermalinks"/>, after routing found no endpoint), and `/?p=ID` only at the root
/// (<see cref="UseOldPermalinkQueries"/>, before the front end serves its index there).
/// </summary>
public static class OldPermalinks
{
    public static WebApplication UseOldPermalinkQueries(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/" && context.Request.QueryString.HasValue && await TryRedirectAsync(context))
            {
                return;
            }
            await next(context);
        });
        return app;
    }

    public static WebApplication UseOldPermalinks(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && await TryRedirectAsync(context))
            {
                return;
            }
            await next(context);
        });
        return app;
    }

    private static async Task<bool> TryRedirectAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || OldPath.Normalize(context.Request.Path.Value + context.Request.QueryString.Value) is not { } path)
        {
            return false;
        }
        var target = await context.RequestServices.GetRequiredService<RedirectTargets>().FindAsync(path, context.RequestAborted);
        if (target is null)
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = target.Location;
        return true;
    }
}
