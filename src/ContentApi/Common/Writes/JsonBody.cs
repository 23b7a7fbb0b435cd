using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Common.Writes;

/// <summary>Reads a merge-patch body the way minimal APIs read JSON bodies, failing the same way (415, 400 with line and position).</summary>
public static class JsonBody
{
    public const string MergePatchMediaType = "application/merge-patch+json";

    public static async Task<JsonObject> ReadMergePatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException(
                $"Expected {MergePatchMediaType} (or application/json) but got \"{request.ContentType}\".", StatusCodes.Status415UnsupportedMediaType);
        }
        try
        {
            return await JsonNode.ParseAsync(request.Body, documentOptions: Json.JsonLimits.DocumentOptions, cancellationToken: cancellationToken) as JsonObject
                ?? throw new BadHttpRequestException("A merge patch is a JSON object, e.g. {\"title\": \"New title\"}.");
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("Malformed JSON.", exception);
        }
    }

    /// <summary>A deserialisation failure as a validation problem naming the field (the JSON path).</summary>
    public static Dictionary<string, string[]> ErrorsOf(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var field = exception.Path is { Length: > 2 } path ? path[2..] : "body";
        return new() { [field] = [cut >= 0 ? message[..cut] : message] };
    }
}
