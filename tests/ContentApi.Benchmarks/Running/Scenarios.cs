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
    public const string Cursor5000 = "cursor5000";

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("article", a => Get($"/api/v1/articles/{a.Slug}")),
        new("list", _ => Get(ProbedArticle.MainList)),
        new("related", a => Get($"/api/v1/articles/{a.Slug}/related")),
        new("revalidate", a => a.ETag is null
            ? Skip("the API sends no ETag yet")
            : Get($"/api/v1/articles/{a.Slug}", 304, ("If-None-Match", a.ETag))),
        new(Cursor5000, a => a.Page5000Cursor is { } after
            ? Get($"{ProbedArticle.MainList}&after={Uri.EscapeDataString(after)}")
            : Skip(a.Page5000Missing ?? "the probe did not walk the cursor")),
        new("page5000", a => a.MainListPages < ProbedArticle.FarPage
            ? Skip($"the list has only {a.MainListPages:N0} pages")
            : Get($"/api/v1/articles?page={ProbedArticle.FarPage}&pageSize=15")),
        new("filtered", a => a.TagSlug is null || a.AuthorSlug is null
            ? Skip("the article has no tag or no author")
            : Get($"/api/v1/articles?tag={Uri.EscapeDataString(a.TagSlug)}&author={Uri.EscapeDataString(a.AuthorSlug)}")),
        new("author", a => a.AuthorSlug is null
            ? Skip("the article has no author")
            : Get($"/api/v1/authors/{Uri.EscapeDataString(a.AuthorSlug)}")),
        new("tag", a => a.TagSlug is null
            ? Skip("the article has no tag")
            : Get($"/api/v1/tags/{Uri.EscapeDataString(a.TagSlug)}")),
        new("search", a => a.AuthorSurname is null
            ? Skip("the article has no author")
            : Get($"/api/v1/search?q={Uri.EscapeDataString(a.AuthorSurname)}")),
        new("searchcommon", a => a.SearchWord is null
            ? Skip("the article's title has no word of 5 letters or more")
            : Get($"/api/v1/search?q={Uri.EscapeDataString(a.SearchWord)}")),
    ];

    /// <summary>Without --scenarios: what a reader's page load asks for, the delivery run.</summary>
    public static readonly IReadOnlyList<string> Default = ["article", "list", "related", "revalidate"];

    public static IReadOnlyList<Scenario> Select(string? names)
    {
        var wanted = string.IsNullOrWhiteSpace(names) ? Default
            : names == "all" ? All.Select(s => s.Name)
            : names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return wanted
            .Select(name => All.FirstOrDefault(s => s.Name == name)
                ?? throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}, or all."))
            .ToList();
    }

    /// <summary>Reaching page 5,000 by cursor takes 4,999 requests: only walked when that scenario runs.</summary>
    public static bool NeedsCursorWalk(IEnumerable<Scenario> scenarios) => scenarios.Any(s => s.Name == Cursor5000);

    private static ScenarioRequest Get(string pathAndQuery, int expectedStatus = 200, params (string Name, string Value)[] headers) =>
        new(pathAndQuery, expectedStatus, headers);

    private static ScenarioRequest Skip(string reason) => new("", 0, []) { SkipReason = reason };
}
