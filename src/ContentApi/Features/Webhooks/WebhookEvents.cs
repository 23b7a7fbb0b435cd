namespace ContentApi.Features.Webhooks;

/// <summary>The events a subscription can name, and how its patterns (`author.*`, `*`) match them.</summary>
public static class WebhookEvents
{
    public static readonly IReadOnlyDictionary<string, string[]> Verbs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["article"] = ["published", "updated", "unpublished", "deleted"],
        ["author"] = ["created", "updated", "deleted"],
        ["tag"] = ["created", "updated", "deleted"],
        ["donationForm"] = ["created", "updated", "deleted"],
        ["site"] = ["created", "updated"],
    };

    public static IEnumerable<string> All => Verbs.SelectMany(v => v.Value.Select(verb => $"{v.Key}.{verb}"));

    public static bool IsPattern(string pattern) =>
        pattern == "*" || (pattern.Split('.') is [var type, var verb] && Verbs.TryGetValue(type, out var verbs) && (verb == "*" || verbs.Contains(verb)));

    public static bool Matches(string patterns, string eventName) =>
        Parse(patterns).Any(p => p == "*" || p == eventName || (p.EndsWith(".*", StringComparison.Ordinal) && eventName.StartsWith(p[..^1], StringComparison.Ordinal)));

    public static string[] Parse(string patterns) => patterns.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
