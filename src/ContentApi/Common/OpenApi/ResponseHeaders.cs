using Microsoft.OpenApi;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// The response headers the API sends, documented once under components/headers and referenced
/// from each response that carries them, so the document stays small and says the same everywhere.
/// `Allow` is not among them: only a 405 sends it, for a method the document has no operation for,
/// so the API description says it instead.
/// </summary>
internal static class ResponseHeaders
{
    public const string ETag = "ETag";
    public const string LastModified = "Last-Modified";
    public const string CacheControl = "Cache-Control";
    public const string Vary = "Vary";
    public const string Link = "Link";
    public const string TotalCount = "X-Total-Count";
    public const string RateLimit = "RateLimit";
    public const string RateLimitPolicy = "RateLimit-Policy";
    public const string RetryAfter = "Retry-After";
    public const string Location = "Location";

    private static readonly (string Name, string Description, JsonSchemaType Type, string Example)[] All =
    [
        (ETag, "Strong validator of these exact bytes (a compressed answer's tag ends in .br or .gzip; If-Match accepts either form).", JsonSchemaType.String, "\"q1T9x0ZbFf3dNEpcdBsw1w\""),
        (LastModified, "When the content last changed, where that is known (an HTTP date).", JsonSchemaType.String, "Tue, 22 Jul 2025 10:15:00 GMT"),
        (CacheControl, "How long shared and private caches may keep the answer (delivery default `public, max-age=60, stale-while-revalidate=300`).", JsonSchemaType.String, "public, max-age=60, stale-while-revalidate=300"),
        (Vary, "What the bytes depend on besides the URL: `Accept-Encoding` (compression), and `Origin` where CORS headers depend on it.", JsonSchemaType.String, "Accept-Encoding"),
        (Link, "RFC 8288 links to the next, prev, first and last pages where known.", JsonSchemaType.String, "</api/v1/articles?page=2>; rel=\"next\", </api/v1/articles?page=3>; rel=\"last\""),
        (TotalCount, "Items in the whole list (page paging only).", JsonSchemaType.Integer, "42"),
        (RateLimitPolicy, "The client's quota, IETF draft syntax: `\"default\";q=600;w=60` (600 requests per 60 s window).", JsonSchemaType.String, "\"default\";q=600;w=60"),
        (RateLimit, "What is left of it: `\"default\";r=599;t=42` (599 requests, window resets in 42 s).", JsonSchemaType.String, "\"default\";r=599;t=42"),
        (RetryAfter, "Seconds until the window resets.", JsonSchemaType.Integer, "23"),
        (Location, "Where the item is (after a create), or where it moved (301).", JsonSchemaType.String, "/api/v1/articles/in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria"),
    ];

    /// <summary>Adds the shared header definitions to the document (once).</summary>
    public static void Register(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var (name, description, type, example) in All)
        {
            document.Components.Headers.TryAdd(name, new OpenApiHeader
            {
                Description = description,
                Schema = new OpenApiSchema { Type = type },
                Example = type == JsonSchemaType.Integer ? System.Text.Json.Nodes.JsonValue.Create(int.Parse(example, System.Globalization.CultureInfo.InvariantCulture)) : example,
            });
        }
    }

    public static void Add(OpenApiResponse response, OpenApiDocument document, params string[] names)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var name in names)
        {
            response.Headers[name] = new OpenApiHeaderReference(name, document);
        }
    }
}
