using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

internal sealed class TextParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var attribute = context.ParameterInfo?.GetCustomAttribute<TextParameterAttribute>()
            ?? context.PropertyInfo?.GetCustomAttribute<TextParameterAttribute>();
        if (attribute is null || parameter is not OpenApiParameter writable)
        {
            return;
        }
        var allowed = attribute.Allowed?.Split(',');
        var value = new OpenApiSchema
        {
            Type = attribute.Kind == TextParameterKind.Boolean ? JsonSchemaType.Boolean : JsonSchemaType.String,
            Enum = allowed?.Select(a => (JsonNode)JsonValue.Create(a)).ToList(),
            MaxLength = attribute.MaxLength > 0 ? attribute.MaxLength : null,
        };
        writable.Description = allowed is null ? attribute.Description : $"{attribute.Description} Allowed: `{string.Join("`, `", allowed)}`.";
        if (attribute.Kind == TextParameterKind.List)
        {
            writable.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = value };
            writable.Style = ParameterStyle.Form;
            writable.Explode = false;
            writable.Example = attribute.Example is null ? null : new JsonArray(attribute.Example.Split(',').Select(e => (JsonNode)JsonValue.Create(e)).ToArray());
            return;
        }
        value.Default = attribute.Default is null ? null
            : attribute.Kind == TextParameterKind.Boolean ? JsonValue.Create(bool.Parse(attribute.Default)) : JsonValue.Create(attribute.Default);
        writable.Schema = value;
        writable.Example = attribute.Example is null ? null
            : attribute.Kind == TextParameterKind.Boolean ? JsonValue.Create(bool.Parse(attribute.Example)) : JsonValue.Create(attribute.Example);
    }
}
