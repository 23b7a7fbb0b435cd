namespace ContentApi.Common.Querying;

/// <summary>Comma-separated query values: `author=a,b`. Blank items are ignored; order is kept, repeats dropped.</summary>
public static class CommaList
{
    public static IReadOnlyList<string> Split(string? raw) =>
        raw is null ? [] : raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The items not among the allowed names (compared ignoring case).</summary>
    public static IReadOnlyList<string> Unknown(string? raw, IEnumerable<string> allowed) =>
        Split(raw).Where(item => !allowed.Contains(item, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The items, each spelled as its allowed name.</summary>
    public static IReadOnlySet<string> Canonical(string? raw, IEnumerable<string> allowed) =>
        Split(raw).Select(item => allowed.FirstOrDefault(a => a.Equals(item, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
}
