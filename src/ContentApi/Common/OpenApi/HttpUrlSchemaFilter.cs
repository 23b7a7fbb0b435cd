using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>Documents the fields marked [HttpUrl]: `format: uri`, the http(s) pattern and the length bound.</summary>
internal sealed class HttpUrlSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } record)
        {
            return;
        }
        foreach (var property in context.Type.GetProperties())
        {
            if (property.GetCustomAttribute<HttpUrlAttribute>() is { } url
                && record.Properties!.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property.Name), out var found)
                && found is OpenApiSchema field)
            {
                field.Format = "uri";
                field.Pattern = HttpUrlAttribute.Pattern;
                field.MaxLength = url.MaxLength;
            }
        }
    }
}
