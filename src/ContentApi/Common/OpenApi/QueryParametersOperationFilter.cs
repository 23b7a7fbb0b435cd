using ContentApi.Common.Querying;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Documents only the query parameters an endpoint takes, and marks the ones it requires. An
/// optional parameter's example moves into its description: Swagger UI fills every example into
/// "Try it out", and optional examples together (filters that match nothing, a limit without its
/// include) would make the first "Execute" fail.
/// </summary>
internal sealed class QueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (operation.Parameters is null)
        {
            return;
        }
        var excluded = metadata.OfType<ExcludedQueryParameters>().SelectMany(e => e.Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters.Where(p => p.In == ParameterLocation.Query && excluded.Contains(p.Name!)).ToList())
        {
            operation.Parameters.Remove(parameter);
        }
        var required = metadata.OfType<RequiredQueryParameters>().SelectMany(r => r.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            parameter.Required = required.Contains(parameter.Name!);
            if (!parameter.Required && parameter.Example is { } example)
            {
                var text = example is System.Text.Json.Nodes.JsonArray list ? string.Join(',', list.Select(i => i?.ToString())) : example.ToString();
                parameter.Description = $"{parameter.Description} Example: `{text}`.";
                parameter.Example = null;
            }
        }
    }
}
