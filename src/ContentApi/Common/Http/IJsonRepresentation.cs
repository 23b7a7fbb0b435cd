using System.Text.Json;

namespace ContentApi.Common.Http;

/// <summary>
/// A result that shapes its JSON itself (field selection, includes): the conditional-GET filter
/// asks it for the exact bytes instead of serialising its value.
/// </summary>
public interface IJsonRepresentation
{
    byte[] ToJson(JsonSerializerOptions options);
}
