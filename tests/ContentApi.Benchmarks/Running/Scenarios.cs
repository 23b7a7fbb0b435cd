namespace ContentApi.Benchmarks.Running;

/// <summary>One request wrk repeats, and the status that shows it did what it should.</summary>
public sealed record ScenarioRequest(string PathAndQuery, int ExpectedStatus, IReadOnlyList<(string Name, string Value)> Headers)
{
    /// <summary>Why the scenario cannot run yet; null when it can.</summary>
    public string? SkipReason { get; init; }
}

/// <param name="Name">What --scenarios and the table call it.</param>
/// <param name="Request">The request, from what the probe learned about the benchmark article.</param>
public sealed record Scenario(string Name, Func<ProbedArticle, ScenarioRequest> Request);

/// <summary>Every API scenario, in the order they run. A new one is one line here.</summary>
public static class Scenarios
{
    public const string Raw = "raw";

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("article", a => Get($"/api/v1/articles/{a.Slug}")),
        new("list", _ => Get("/api/v1/articles?pageSize=15")),
        new("related", a => Get($"/api/v1/articles/{a.Slug}/related")),
        new("revalidate", a => a.ETag is null
            ? Skip("the API sends no ETag yet")
            : Get($"/api/v1/articles/{a.Slug}", 304, ("If-None-Match", a.ETag))),
        new("page5000", _ => Get("/api/v1/articles?page=5000&pageSize=15")),
    ];

    public static IReadOnlyList<Scenario> Select(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return All;
        }
        return names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => All.FirstOrDefault(s => s.Name == name)
                ?? throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}."))
            .ToList();
    }

    private static ScenarioRequest Get(string pathAndQuery, int expectedStatus = 200, params (string Name, string Value)[] headers) =>
        new(pathAndQuery, expectedStatus, headers);

    private static ScenarioRequest Skip(string reason) => new("", 0, []) { SkipReason = reason };
}
