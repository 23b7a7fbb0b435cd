namespace ContentApi.Common.OpenApi;

public enum TextParameterKind
{
    /// <summary>Free text, or one of <see cref="TextParameterAttribute.Allowed"/>.</summary>
    Text,

    /// <summary>A comma-separated list: documented as an array, style form, not exploded (`a,b,c`).</summary>
    List,

    /// <summary>`true` or `false`.</summary>
    Boolean,
}

/// <summary>
/// Documents a query parameter bound as text (so bad values reach the validator and get a readable
/// 400): its description, allowed values (comma-separated), default and example.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextParameterAttribute(string description) : Attribute
{
    public string Description { get; } = description;
    public TextParameterKind Kind { get; init; }

    /// <summary>Allowed values, comma-separated; null when any text is allowed.</summary>
    public string? Allowed { get; init; }
    public string? Default { get; init; }

    /// <summary>An example value as it is written in the query string.</summary>
    public string? Example { get; init; }
    public int MaxLength { get; init; }
}
