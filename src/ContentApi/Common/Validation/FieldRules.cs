using System.Text.RegularExpressions;
using ContentApi.Common.OpenApi;
using FluentValidation;

namespace ContentApi.Common.Validation;

/// <summary>Field rules the write requests share; each message says what is allowed.</summary>
public static partial class FieldRules
{
    public const int MaxSlugLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static IRuleBuilderOptions<T, string?> MustBeSlug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || (s.Length <= MaxSlugLength && SlugPattern().IsMatch(s)))
            .WithMessage($"'{{PropertyValue}}' is not a slug: use lower-case letters a-z, digits and single dashes between them, at most {MaxSlugLength} characters.");

    /// <summary>
    /// A link a front end renders: http(s) only, so no javascript:, data: or vbscript: URL is ever
    /// stored; no whitespace or control character, which Uri would trim or escape while the raw
    /// text is what is stored and served.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeHttpUrl<T>(this IRuleBuilder<T, string?> rule, int maxLength = HttpUrlAttribute.DefaultMaxLength) =>
        rule.Must(s => s is null || (s.Length <= maxLength && !s.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
                && Uri.TryCreate(s, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0))
            .WithMessage($"'{{PropertyValue}}' is not an absolute http or https URL (no spaces, at most {maxLength} characters).");

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> names)
    {
        var allowed = names.Select(n => n.ToLowerInvariant()).ToList();
        return rule.Must(s => s is null || allowed.Contains(s.ToLowerInvariant()))
            .WithMessage($"'{{PropertyValue}}' is not allowed; use one of {string.Join(", ", allowed)}.");
    }

    public static IRuleBuilderOptions<T, DateTime?> MustBeReasonableDate<T>(this IRuleBuilder<T, DateTime?> rule) =>
        rule.Must(d => d is null || (d.Value.Year >= 1900 && d.Value.Year <= 9000))
            .WithMessage("'{PropertyValue}' is out of range: use a date between the years 1900 and 9000.");
}
