using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Documents what every delivery GET does beyond its body: the conditional request headers, the
/// validators and Cache-Control of a 200, and the 304, so a client author sees them in Swagger UI.
/// (The rate-limit headers and the 429 of every operation: <see cref="ResponseHeadersDocumentFilter"/>.)
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
        operation.Parameters ??= [];
        operation.Parameters.Add(Header("If-None-Match", "An ETag from an earlier answer: when it is still current the answer is 304 with no body."));
        operation.Parameters.Add(Header("If-Modified-Since", "An HTTP date: 304 when the content has not changed since (only where Last-Modified is sent; If-None-Match wins when both are given)."));

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            ResponseHeaders.Add(okResponse, context.Document, ResponseHeaders.ETag, ResponseHeaders.CacheControl, ResponseHeaders.Vary);
            if (typeof(ILastModified).IsAssignableFrom(context.ApiDescription.SupportedResponseTypes.FirstOrDefault(t => t.StatusCode == 200)?.Type))
            {
                ResponseHeaders.Add(okResponse, context.Document, ResponseHeaders.LastModified);
            }
        }
        operation.Responses["304"] = new OpenApiResponse { Description = "Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same ETag, Cache-Control and Vary as a 200." };
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
