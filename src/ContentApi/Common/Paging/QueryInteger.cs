using System.Globalization;
using FluentValidation;

namespace ContentApi.Common.Paging;

/// <summary>
/// Whole numbers that arrive as text in the query string or the route. They are bound as strings
/// so a bad value ("abc", "1.5") reaches the validator and gets a 400 that names the field, the
/// value and the allowed range, instead of the framework's bare binding failure.
/// </summary>
public static class QueryInteger
{
    public static bool TryParse(string? raw, out int value) =>
        int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static int ValueOr(string? raw, int fallback) => TryParse(raw, out var value) ? value : fallback;

    public static IRuleBuilderOptions<T, string?> MustBeWholeNumber<T>(
        this IRuleBuilder<T, string?> rule, string name, int min, int max) =>
        rule.Must(raw => raw is null || (TryParse(raw, out var value) && value >= min && value <= max))
            .OverridePropertyName(name)
            .WithMessage($"{Rule(name, min, max)}; got '{{PropertyValue}}'.");

    /// <summary>What is allowed, in words: "pageSize must be a whole number from 1 to 100".</summary>
    public static string Rule(string name, int min, int max) => max == int.MaxValue
        ? $"{name} must be a whole number of at least {min}"
        : $"{name} must be a whole number from {min} to {max}";
}
