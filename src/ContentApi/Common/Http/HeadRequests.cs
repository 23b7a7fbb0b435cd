namespace ContentApi.Common.Http;

/// <summary>
/// HEAD answers exactly what GET would, without the body: the request is routed as a GET and
/// whatever the endpoint writes is discarded. Must run before routing.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            context.Request.Method = HttpMethods.Get;
            var original = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()!;
            context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>(
                new StreamResponseBodyFeature(Stream.Null, original));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(original);
                context.Request.Method = HttpMethods.Head;
            }
        });
}
