using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

internal sealed class IntegerParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var attribute = context.ParameterInfo?.GetCustomAttribute<IntegerParameterAttribute>()
            ?? context.PropertyInfo?.GetCustomAttribute<IntegerParameterAttribute>();
        if (attribute is null || parameter is not OpenApiParameter writable)
        {
            return;
        }
        writable.Description = attribute.Description;
        writable.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = attribute.Minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = attribute.Maximum == int.MaxValue ? null : attribute.Maximum.ToString(CultureInfo.InvariantCulture),
            Default = attribute.DefaultValue == int.MinValue ? null : JsonValue.Create(attribute.DefaultValue),
        };
        writable.Example = attribute.Example == int.MinValue ? null : JsonValue.Create(attribute.Example);
    }
}
