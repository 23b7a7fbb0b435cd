using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>A record embedded in many responses whose schema should show an example of its own, wherever it is referenced.</summary>
public interface IHasSchemaExample<out TSelf> : IHasExample<TSelf>;

/// <summary>Puts the example of an <see cref="IHasSchemaExample{TSelf}"/> type on its schema.</summary>
internal sealed class SchemaExamplesFilter(JsonSerializerOptions json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema writable
            && context.Type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHasSchemaExample<>))
            && context.Type.GetProperty("Example")?.GetValue(null) is { } example)
        {
            writable.Examples = [JsonSerializer.SerializeToNode(example, context.Type, json)!];
        }
    }
}
