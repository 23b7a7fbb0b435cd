using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Every write that answers 428 without If-Match documents that header as a required parameter, so
/// Swagger UI asks for it and generated clients take it.
/// </summary>
internal sealed class IfMatchDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses?.ContainsKey("428") != true || operation.Parameters?.Any(p => p.Name == "If-Match") == true)
            {
                continue;
            }
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag the item (or list) had when you read it: from its GET or the last write's answer. A stale one answers 412 with the current ETag.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }
}
