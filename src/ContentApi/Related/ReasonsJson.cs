using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Related;

/// <summary>How reasons are stored in <see cref="RelatedScore.Reasons"/>: the wire shape, nulls left out to keep rows small.</summary>
internal static class ReasonsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(IReadOnlyList<RelatedReason> reasons) => JsonSerializer.Serialize(reasons, Options);

    public static IReadOnlyList<RelatedReason> Read(string json) => JsonSerializer.Deserialize<RelatedReason[]>(json, Options) ?? [];
}
