using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// Endpoint metadata: an example 200 body in a media type other than the app's JSON (XML as text, JSON as a
/// document). Made when the OpenAPI document is, not while endpoints are mapped: rendering the feed and
/// sitemap examples at start-up cost the cold start about 30 ms of first-use work.
/// </summary>
public sealed record MediaExample(string MediaType, Func<string> Body);

public static class MediaExamples
{
    /// <summary>Documents a 200 in this media type, with an example body; `schema` is the body's type (string for XML).</summary>
    public static RouteHandlerBuilder ProducesMedia<TSchema>(this RouteHandlerBuilder builder, string mediaType, Func<string> example) =>
        builder.Produces<TSchema>(StatusCodes.Status200OK, mediaType).WithMetadata(new MediaExample(mediaType, example));
}

/// <summary>Puts each <see cref="MediaExample"/> on its media type of the 200 response.</summary>
internal sealed class MediaExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var example in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MediaExample>())
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true
                && ok?.Content?.TryGetValue(example.MediaType, out var media) == true
                && media is OpenApiMediaType writable)
            {
                writable.Example = example.MediaType.Contains("json", StringComparison.Ordinal)
                    ? JsonNode.Parse(example.Body())
                    : JsonValue.Create(example.Body());
            }
        }
    }
}
