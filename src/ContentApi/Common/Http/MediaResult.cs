namespace ContentApi.Common.Http;

/// <summary>
/// A 200 in a media type other than the app's JSON (a feed, a sitemap). Behind the conditional-GET
/// filter it becomes a <see cref="RepresentationResult"/> with validators; alone it writes its bytes.
/// </summary>
public sealed class MediaResult(object value, string mediaType, Func<byte[]> render)
    : IResult, IValueHttpResult, IStatusCodeHttpResult, IMediaRepresentation
{
    public object? Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string MediaType => mediaType;

    public byte[] Render() => render();

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = render();
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = mediaType;
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
