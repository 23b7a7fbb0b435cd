namespace ContentApi.Benchmarks.Running;

/// <summary>How the run was set up: wrk's load, the data, the API's output cache, and which scenarios to measure.</summary>
public sealed record RunSettings(
    int Articles, int DurationSeconds, int Connections, int WarmupSeconds, int Threads, bool OutputCache, IReadOnlyList<Scenario> Scenarios)
{
    public DatabaseChoice Database { get; init; } = DatabaseChoice.Sqlite;

    /// <summary>How many seeded cold starts to measure first (a fresh SQLite database each; none on PostgreSQL).</summary>
    public int SeededColdStarts { get; init; } = SeededColdStart.Runs;

    public static RunSettings FromOptions(CommandLine options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connections = options.Number("connections", 32);
        var database = DatabaseChoice.FromOptions(options);
        // wrk needs a connection per thread: one connection means one thread.
        var settings = new RunSettings(
            options.Number("articles", 100_000), options.Number("duration", 10), connections,
            options.Number("warmup", 3, min: 0), options.Number("threads", Math.Min(2, connections)),
            options.Switch("output-cache", true), Running.Scenarios.Select(options.Text("scenarios")))
        {
            Database = database,
            // The seeded cold start is a fresh SQLite file; on PostgreSQL it would still measure SQLite.
            SeededColdStarts = database.IsSqlite ? SeededColdStart.Runs : 0,
        };
        return settings.Connections >= settings.Threads
            ? settings
            : throw new ArgumentException("--connections must be at least --threads (wrk needs a connection per thread).");
    }
}

/// <summary>One scenario's figures, or why it has none.</summary>
public sealed record ScenarioOutcome(string Name, WrkResult? Result, string? Note)
{
    public string? PathAndQuery { get; init; }

    /// <summary>The list's <c>meta.total</c>, when it has one.</summary>
    public int? Total { get; init; }
}

/// <summary>Everything the results table shows.</summary>
/// <param name="StartOnDatabase">Process start to the first 200 on the (prepared) generated database.</param>
/// <param name="SeededColdStarts">Process start to the first 200 on a fresh database that the API seeds itself.</param>
public sealed record RunReport(
    DateTime At, string LoadAverage, RunSettings Settings, ApiDatabase Database, ProbedArticle Article, WrkResult Raw,
    IReadOnlyList<ScenarioOutcome> Outcomes, TimeSpan StartOnDatabase, IReadOnlyList<TimeSpan> SeededColdStarts,
    long PeakRssKiB, long MaxSampledRssKiB);
