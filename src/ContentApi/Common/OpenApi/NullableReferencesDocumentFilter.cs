using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// A nullable reference comes out as `{ allOf: [$ref], nullable: true }`, which OpenAPI 3.0 does not
/// let be null (`nullable` needs a `type` beside it, and the `allOf` still rejects null), so linters
/// and response validators refuse the nulls the API sends. Rewritten as "the referenced schema, or
/// null": `anyOf: [$ref, { type: object, nullable: true, enum: [null] }]`, which generators type `T | null`.
/// </summary>
internal sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var properties = document.Components?.Schemas?.Values.OfType<OpenApiSchema>()
            .SelectMany(s => s.Properties?.Values ?? []).OfType<OpenApiSchema>() ?? [];
        foreach (var property in properties)
        {
            if (property.Type == JsonSchemaType.Null && property.AllOf is [OpenApiSchemaReference reference])
            {
                property.Type = null;
                property.AllOf = null;
                property.AnyOf =
                [
                    reference,
                    new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null, Enum = [null!] },
                ];
            }
        }
    }
}
