using System.Text.Json;

namespace ContentApi.Common.Json;

/// <summary>
/// What a request body's JSON may be beyond being well-formed. No request record nests deeper than
/// a few levels, so a body nested deeper is a mistake or an attack; a repeated member would let
/// two readers of one body see different values.
/// </summary>
public static class JsonLimits
{
    public const int MaxDepth = 32;

    public static JsonDocumentOptions DocumentOptions => new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    public static void Apply(JsonSerializerOptions options)
    {
        options.MaxDepth = MaxDepth;
        options.AllowDuplicateProperties = false;
    }
}
