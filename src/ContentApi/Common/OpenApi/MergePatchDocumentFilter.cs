using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// A merge patch (RFC 7396) sends only the members it changes, so its body cannot share the request
/// schema, whose required members a PUT must send. Each PATCH body gets `XPatch` (from `XRequest`):
/// the same properties, none required, nested objects patched the same way (arrays are replaced
/// whole, so their items keep their rules), and an example that changes one member.
/// </summary>
internal sealed class MergePatchDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var bodies = document.Paths.Values.SelectMany(p => p.Operations ?? [])
            .Where(o => o.Key == HttpMethod.Patch).Select(o => o.Value.RequestBody?.Content).OfType<IDictionary<string, IOpenApiMediaType>>();
        foreach (var media in bodies.SelectMany(c => c.Values).OfType<OpenApiMediaType>())
        {
            if (media.Schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                media.Schema = PatchOf(id, document);
                media.Example = media.Example is JsonObject { Count: > 0 } whole ? new JsonObject { [whole.First().Key] = whole.First().Value?.DeepClone() } : media.Example;
            }
        }
    }

    private static OpenApiSchemaReference PatchOf(string id, OpenApiDocument document)
    {
        var name = (id.EndsWith("Request", StringComparison.Ordinal) ? id[..^"Request".Length] : id) + "Patch";
        var schemas = document.Components!.Schemas!;
        if (!schemas.ContainsKey(name) && schemas[id] is OpenApiSchema source)
        {
            schemas[name] = new OpenApiSchema(); // placed first, so a schema that refers to itself ends
            schemas[name] = new OpenApiSchema
            {
                Type = source.Type,
                Description = $"A JSON merge patch (RFC 7396) of {id}: only the members to change; `null` clears one. {source.Description}",
                AdditionalPropertiesAllowed = source.AdditionalPropertiesAllowed,
                Properties = source.Properties?.ToDictionary(p => p.Key, p => Patched(p.Value, document)),
            };
        }
        return new OpenApiSchemaReference(name, document);
    }

    private static IOpenApiSchema Patched(IOpenApiSchema property, OpenApiDocument document)
    {
        if (property is OpenApiSchema { AnyOf: [OpenApiSchemaReference { Reference.Id: { } id }, var orNull] } nullable
            && document.Components?.Schemas?.TryGetValue(id, out var target) == true && target.Type == JsonSchemaType.Object)
        {
            return new OpenApiSchema { Description = nullable.Description, AnyOf = [PatchOf(id, document), orNull] };
        }
        return property;
    }
}
