using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Features.Media;

/// <summary>
/// The upload's request body in OpenAPI. The handler reads the form or the raw body itself, so the
/// route declares no accepted types (with them, routing would answer a wrong type with a generic 415).
/// </summary>
internal sealed class MediaUploadDocumentation : IOperationFilter
{
    public static readonly string[] RawTypes = ["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif", "application/octet-stream"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != nameof(MediaAdminApi.UploadMedia))
        {
            return;
        }
        var content = new Dictionary<string, IOpenApiMediaType>
        {
            ["multipart/form-data"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(MediaUploadRequest), context.SchemaRepository) },
        };
        foreach (var type in RawTypes)
        {
            content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }
        operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
    }
}
