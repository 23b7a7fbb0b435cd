namespace ContentApi.Common.Http;

/// <summary>
/// A representation already serialised to bytes (JSON unless said otherwise), written with its validators
/// and caching headers; or, when the client's copy is current, a 304 with the same headers and no body.
/// </summary>
/// <remarks>Keeps the value it represents, so filters outside it (Link headers) still see the page.</remarks>
internal sealed class RepresentationResult(object value, byte[]? body, RepresentationHeaders validators, string mediaType = RepresentationResult.JsonMediaType)
    : IResult, IValueHttpResult, IStatusCodeHttpResult
{
    public const string JsonMediaType = "application/json; charset=utf-8";

    public object? Value => value;

    public int? StatusCode => body is null ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.ETag = validators.EntityTag;
        headers.CacheControl = validators.CacheControl;
        headers.Vary = validators.Vary;
        if (validators.LastModified is { } modified)
        {
            headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}

/// <summary>The headers a representation and its 304 share.</summary>
internal sealed record RepresentationHeaders(string EntityTag, DateTime? LastModified, string CacheControl, string Vary);
