using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>Puts the request type's example (<see cref="IHasExample{TSelf}"/>, from the seed) on every request body media type.</summary>
internal sealed class RequestExamplesOperationFilter(JsonSerializerOptions json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type;
        if (bodyType is null || operation.RequestBody?.Content is null || ExamplesOperationFilter.ExampleOf(bodyType) is not { } example)
        {
            return;
        }
        foreach (var media in operation.RequestBody.Content.Values.OfType<OpenApiMediaType>())
        {
            media.Example = JsonSerializer.SerializeToNode(example, bodyType, json);
        }
    }
}
