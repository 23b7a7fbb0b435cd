namespace ContentApi.Common.Http;

/// <summary>
/// A JSON representation serialised and tagged before the request (stored at write time): the
/// conditional-GET filter sends these bytes with this identity tag as they are, neither serialising
/// nor hashing again.
/// </summary>
public sealed class StoredRepresentation(byte[] body, string entityTag, DateTime? lastModified)
    : IResult, IValueHttpResult, IStatusCodeHttpResult, ILastModified
{
    public byte[] Body => body;

    /// <summary>The strong tag of <see cref="Body"/> uncompressed.</summary>
    public string EntityTag => entityTag;

    public DateTime? LastModified => lastModified;

    public object? Value => this;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = RepresentationResult.JsonMediaType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
