using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Every property of a ContentApi response is always written, null or not, so every one is
/// required: generated clients then type a field as "T | null", never "T | undefined". The
/// exception is a property marked [OnRequest], written only when a request asks for it, and a type
/// marked [Sparse], whose properties `fields=` may leave out.
/// Request bodies (types named *Request) are left alone: there, a field may be left out.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties.Count: > 0 } writable
            && context.Type.Namespace?.StartsWith("ContentApi", StringComparison.Ordinal) == true
            && !context.Type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            var onRequest = context.Type.GetProperties()
                .Where(p => p.GetCustomAttributes(typeof(OnRequestAttribute), true).Length > 0)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name));
            var sparse = context.Type.GetCustomAttributes(typeof(SparseAttribute), false).Length > 0;
            writable.Required = sparse ? null : new SortedSet<string>(writable.Properties.Keys.Except(onRequest), StringComparer.Ordinal);
        }
    }
}
