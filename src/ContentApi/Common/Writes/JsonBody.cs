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
            var patch = await JsonNode.ParseAsync(request.Body, documentOptions: Json.JsonLimits.DocumentOptions, cancellationToken: cancellationToken) as JsonObject
                ?? throw new BadHttpRequestException("A merge patch is a JSON object, e.g. {\"title\": \"New title\"}.");
            DecodeEveryString(patch);
            return patch;
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("Malformed JSON.", exception);
        }
    }

    /// <summary>
    /// The reader accepts an escaped lone surrogate (<c>"\ud800"</c>) and fails only when the text
    /// is decoded, deep in whatever reads it: decode every name and string now, so it is a 400 here.
    /// </summary>
    private static void DecodeEveryString(JsonNode node)
    {
        try
        {
            Decode(node);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            throw new BadHttpRequestException(
                "The request body holds text that is not valid Unicode (a lone UTF-16 surrogate such as \\ud800); send well-formed UTF-16 escapes or plain UTF-8.", exception);
        }
    }

    private static void Decode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (_, value) in members)
                {
                    Decode(value);
                }
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Decode(item);
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _ = value.GetValue<string>();
                break;
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
