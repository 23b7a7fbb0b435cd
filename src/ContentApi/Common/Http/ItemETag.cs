using System.Text.Json;

namespace ContentApi.Common.Http;

/// <summary>
/// The ETag of an item: the strong tag of its GET representation, serialised exactly as GET
/// serialises it (the app's JSON options, the declared response type). If-Match therefore compares
/// like with like, whichever of GET or a write produced the tag the client holds.
/// </summary>
public static class ItemETag
{
    public static string Of<TResponse>(TResponse response, JsonSerializerOptions json) =>
        EntityTag.FromBytes(JsonSerializer.SerializeToUtf8Bytes(response, json));

    /// <summary>Sets the ETag header of the response for this representation.</summary>
    public static TResponse Tag<TResponse>(this HttpContext http, TResponse response, JsonSerializerOptions json)
    {
        http.Response.Headers.ETag = Of(response, json);
        return response;
    }
}
