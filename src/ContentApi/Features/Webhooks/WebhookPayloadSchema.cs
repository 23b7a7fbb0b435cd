using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Features.Webhooks;

/// <summary>
/// No route returns the payload (the API sends it): the document lists it as a component, with its
/// example, and describes the delivery as a callback of the subscribing operation (OpenAPI 3.0 has no
/// top-level webhooks), so generators can type a receiver.
/// </summary>
internal sealed class WebhookPayloadSchema(JsonSerializerOptions json) : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        context.SchemaGenerator.GenerateSchema(typeof(WebhookPayload), context.SchemaRepository);
        if (context.SchemaRepository.Schemas.TryGetValue(nameof(WebhookPayload), out var schema) && schema is OpenApiSchema writable)
        {
            writable.Examples = [JsonSerializer.SerializeToNode(WebhookPayload.Example, json)!];
        }
        if (swaggerDoc.Paths.TryGetValue("/api/v1/webhooks", out var path) && path.Operations?.TryGetValue(HttpMethod.Post, out var create) == true && create is not null)
        {
            create.Callbacks ??= new Dictionary<string, IOpenApiCallback>();
            create.Callbacks["contentChange"] = Delivery(swaggerDoc);
        }
    }

    private static OpenApiCallback Delivery(OpenApiDocument document)
    {
        var receive = new OpenApiOperation
        {
            OperationId = "ReceiveContentChange",
            Summary = "A change, delivered to the subscribed URL",
            Description = "POSTed to the subscription's `url` for each event it subscribed to, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx to acknowledge; anything else, or no answer within the timeout, is retried with backoff.",
            RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(WebhookPayload), document) } },
            },
            Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = "Received (any 2xx will do)." } },
        };
        var item = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = receive } };
        var callback = new OpenApiCallback();
        callback.AddPathItem(RuntimeExpression.Build("{$request.body#/url}"), item);
        return callback;
    }
}
