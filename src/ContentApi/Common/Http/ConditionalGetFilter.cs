using System.Text.Json;
using ContentApi.Common.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Common.Http;

/// <summary>
/// Gives every 200 of a GET endpoint a strong ETag (and Last-Modified where the content has a
/// time), and answers If-None-Match / If-Modified-Since with 304. The value is serialised once
/// here; the output cache then keeps these bytes and headers.
/// </summary>
internal sealed class ConditionalGetFilter(IOptions<JsonOptions> json, IOptions<HttpCachingOptions> caching, IOptions<AuthOptions> auth) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not IValueHttpResult { Value: { } value } || inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            return result;
        }

        var request = context.HttpContext.Request;
        var options = json.Value.SerializerOptions;
        var (body, mediaType) = inner switch
        {
            StoredRepresentation stored => (stored.Body, RepresentationResult.JsonMediaType),
            IMediaRepresentation media => (media.Render(), media.MediaType),
            IJsonRepresentation shaped => (shaped.ToJson(options), RepresentationResult.JsonMediaType),
            _ => (JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(value.GetType())), RepresentationResult.JsonMediaType),
        };
        // A strong validator names the exact bytes sent, so the compressed variants get tags of their own.
        var identity = inner is StoredRepresentation { EntityTag: var storedTag } ? storedTag : EntityTag.FromBytes(body);
        var tag = EntityTag.ForCoding(identity, ContentCoding.Choose(request, body.Length));
        var lastModified = (value as ILastModified)?.LastModified;
        var preview = PreviewRequests.IsPreview(request);
        var headers = new RepresentationHeaders(
            tag,
            lastModified,
            preview ? caching.Value.PreviewCacheControl : caching.Value.DeliveryCacheControl,
            preview || auth.Value.RequireReadKey ? "Accept-Encoding, Authorization, X-Api-Key" : "Accept-Encoding");
        return new RepresentationResult(value, IsNotModified(request, tag, lastModified) ? null : body, headers, mediaType);
    }

    private static bool IsNotModified(HttpRequest request, string tag, DateTime? lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            // If-None-Match uses the weak comparison (RFC 9110 13.1.2) and, when present, decides alone.
            var current = new EntityTagHeaderValue(tag);
            return headers.IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(current, useStrongComparison: false));
        }
        return lastModified is { } modified && headers.IfModifiedSince is { } since
            && TruncateToSeconds(modified) <= since.UtcDateTime;
    }

    private static DateTime TruncateToSeconds(DateTime value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
