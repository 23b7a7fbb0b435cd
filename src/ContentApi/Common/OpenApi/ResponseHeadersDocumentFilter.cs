using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using static ContentApi.Common.OpenApi.ResponseHeaders;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Documents the headers every /api answer carries, on every response that carries them: the rate-limit
/// pair everywhere and a 429 with Retry-After on every operation; Location and ETag where writes send
/// them; Link and X-Total-Count on lists. Runs after the operation filters, over the whole document.
/// </summary>
internal sealed class ResponseHeadersDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        Register(document);
        foreach (var (path, item) in document.Paths.Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operation.Responses ??= [];
                operation.Responses.TryAdd("429", TooManyRequests(document));
                foreach (var (status, response) in operation.Responses.Where(r => r.Value is OpenApiResponse))
                {
                    Document((OpenApiResponse)response, status, method, document);
                }
            }
        }
    }

    private static void Document(OpenApiResponse response, string status, HttpMethod method, OpenApiDocument document)
    {
        Add(response, document, RateLimitPolicy, RateLimit);
        switch (status)
        {
            case "201":
                Add(response, document, Location, ETag);
                break;
            // A write answers the item with its new ETag; an admin item GET (related links) sends its ETag too.
            case "200" when method != HttpMethod.Get && response.Content?.ContainsKey("application/json") == true:
            case "200" when method == HttpMethod.Get && !IsList(response) && response.Content?.ContainsKey("application/json") == true:
            case "412":
                Add(response, document, ETag);
                break;
            case "200" when IsList(response):
                Add(response, document, Link, TotalCount);
                break;
            case "301":
                Add(response, document, Location);
                break;
            case "304":
                Add(response, document, ETag, CacheControl, Vary);
                break;
            case "429":
                Add(response, document, RetryAfter);
                break;
        }
    }

    private static bool IsList(OpenApiResponse response) =>
        response.Content?.TryGetValue("application/json", out var media) == true
        && media.Schema is OpenApiSchemaReference { Reference.Id: { } id }
        && id.EndsWith("PagedList", StringComparison.Ordinal);

    private static OpenApiResponse TooManyRequests(OpenApiDocument document) => new()
    {
        Description = "Too Many Requests: this client (its API key, else its IP address) used up its requests for the window. Retry-After says when to come back.",
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchemaReference("ProblemDetails", document),
                Example = new JsonObject
                {
                    ["type"] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                    ["title"] = "Too Many Requests",
                    ["status"] = 429,
                    ["detail"] = "This client made more than 600 requests in 60 s. Retry after 23 s; the RateLimit header tells how many requests are left.",
                },
            },
        },
    };
}
