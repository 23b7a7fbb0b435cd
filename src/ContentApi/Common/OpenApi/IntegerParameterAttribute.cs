namespace ContentApi.Common.OpenApi;

/// <summary>
/// Documents a whole-number parameter that is bound as text (see QueryInteger): OpenAPI shows an
/// integer with its range and default, so generated clients send numbers.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IntegerParameterAttribute(int minimum, int maximum, int defaultValue, string description) : Attribute
{
    public int Minimum { get; } = minimum;
    public int Maximum { get; } = maximum;

    /// <summary>The value used when the parameter is left out; int.MinValue when there is none.</summary>
    public int DefaultValue { get; } = defaultValue;
    public string Description { get; } = description;

    /// <summary>A value Swagger UI fills in (only for required parameters; an optional one's goes in the description).</summary>
    public int Example { get; init; } = int.MinValue;
}
