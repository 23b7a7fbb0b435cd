using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Features.Webhooks;

/// <summary>No route returns the payload (the API sends it), so the document lists it as a component, with its example, for the webhook routes to point to.</summary>
internal sealed class WebhookPayloadSchema(JsonSerializerOptions json) : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        context.SchemaGenerator.GenerateSchema(typeof(WebhookPayload), context.SchemaRepository);
        if (context.SchemaRepository.Schemas.TryGetValue(nameof(WebhookPayload), out var schema) && schema is OpenApiSchema writable)
        {
            writable.Examples = [JsonSerializer.SerializeToNode(WebhookPayload.Example, json)!];
        }
    }
}
