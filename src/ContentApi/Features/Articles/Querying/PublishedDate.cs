using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// publishedAfter / publishedBefore values: an ISO 8601 date (a whole UTC day) or date-time (no
/// offset means UTC). Both bounds are exclusive at the precision given: after 2025-07-20 starts on
/// the 21st, before 2025-07-23 ends with the 22nd.
/// </summary>
public static partial class PublishedDate
{
    public const string Rule = "must be an ISO 8601 date (2025-07-20) or date-time (2025-07-20T12:00:00Z, 2025-07-20T14:00:00+02:00)";

    /// <summary>The first instant that counts as "after" the value.</summary>
    public static DateTime? FirstInstantAfter(string? raw) =>
        Parse(raw) is not { } value ? null
        : value.Instant >= DateTime.MaxValue.AddDays(-1) ? DateTime.MaxValue
        : value.IsDate ? value.Instant.AddDays(1) : value.Instant.AddTicks(1);

    /// <summary>The first instant no longer "before" the value.</summary>
    public static DateTime? FirstInstantNotBefore(string? raw) => Parse(raw)?.Instant;

    public static bool IsValid(string? raw) => raw is null || Parse(raw) is not null;

    private static (DateTime Instant, bool IsDate)? Parse(string? raw)
    {
        if (raw is null)
        {
            return null;
        }
        if (DateOnlyPattern().IsMatch(raw))
        {
            return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), true)
                : null;
        }
        return DateTimePattern().IsMatch(raw)
            && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? (instant.UtcDateTime, false)
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex DateTimePattern();
}
