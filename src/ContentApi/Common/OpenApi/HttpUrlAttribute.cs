namespace ContentApi.Common.OpenApi;

/// <summary>
/// Marks a request field that holds a link a front end will render: the schema says it is an
/// absolute http(s) URI (format, pattern, length), as <c>FieldRules.MustBeHttpUrl</c> enforces.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class HttpUrlAttribute(int maxLength = HttpUrlAttribute.DefaultMaxLength) : Attribute
{
    public const int DefaultMaxLength = 2000;

    /// <summary>JSON Schema has no case-insensitive flag; the scheme is case-insensitive (RFC 3986).</summary>
    public const string Pattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";

    public int MaxLength { get; } = maxLength;
}
