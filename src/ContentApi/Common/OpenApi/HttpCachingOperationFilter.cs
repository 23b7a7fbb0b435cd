using System.Text.Json.Nodes;
using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Documents what every delivery GET does beyond its body: validators, 304, Cache-Control, the
/// rate-limit headers and the 429 problem, so a client author sees them in Swagger UI.
/// </summary>
internal sealed class HttpCachingOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<HttpCachingMetadata>().Any() || operation.Responses is null)
        {
            return;
        }
        // The limiter guards /api only: the sitemaps at the root are for crawlers.
        var rateLimited = context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        operation.Parameters ??= [];
        operation.Parameters.Add(Header("If-None-Match", "An ETag from an earlier answer: when it is still current the answer is 304 with no body."));
        operation.Parameters.Add(Header("If-Modified-Since", "An HTTP date: 304 when the content has not changed since (only where Last-Modified is sent; If-None-Match wins when both are given)."));

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = ResponseHeader("Strong validator of these exact bytes (a compressed answer's tag ends in .br or .gzip; If-Match accepts either form).");
            okResponse.Headers["Cache-Control"] = ResponseHeader("How long shared and private caches may keep the answer (default `public, max-age=60, stale-while-revalidate=300`).");
            okResponse.Headers["Vary"] = ResponseHeader("`Accept-Encoding`: the bytes depend on the negotiated compression.");
            if (typeof(ILastModified).IsAssignableFrom(context.ApiDescription.SupportedResponseTypes.FirstOrDefault(t => t.StatusCode == 200)?.Type))
            {
                okResponse.Headers["Last-Modified"] = ResponseHeader("When the content last changed, where that is known.");
            }
            if (rateLimited)
            {
                AddRateLimitHeaders(okResponse);
            }
        }
        operation.Responses["304"] = new OpenApiResponse { Description = "Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same ETag, Cache-Control and Vary as a 200." };
        if (!rateLimited)
        {
            return;
        }
        var tooMany = new OpenApiResponse
        {
            Description = "Too Many Requests: this client (its API key, else its IP address) used up its requests for the window. Retry-After says when to come back.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchemaReference("ProblemDetails", context.Document),
                    Example = new JsonObject
                    {
                        ["type"] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                        ["title"] = "Too Many Requests",
                        ["status"] = 429,
                        ["detail"] = "This client made more than 600 requests in 60 s. Retry after 23 s; the RateLimit header tells how many requests are left.",
                    },
                },
            },
            Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = ResponseHeader("Seconds until the window resets.") },
        };
        AddRateLimitHeaders(tooMany);
        operation.Responses["429"] = tooMany;
    }

    private static void AddRateLimitHeaders(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["RateLimit-Policy"] = ResponseHeader("The client's quota, IETF draft syntax: `\"default\";q=600;w=60` (600 requests per 60 s window).");
        response.Headers["RateLimit"] = ResponseHeader("What is left of it: `\"default\";r=599;t=42` (599 requests, window resets in 42 s).");
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiHeader ResponseHeader(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
