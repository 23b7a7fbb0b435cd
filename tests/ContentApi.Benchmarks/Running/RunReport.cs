namespace ContentApi.Benchmarks.Running;

/// <summary>How the run was set up: wrk's load, the data, and which scenarios to measure.</summary>
public sealed record RunSettings(int Articles, int DurationSeconds, int Connections, int WarmupSeconds, int Threads, IReadOnlyList<Scenario> Scenarios)
{
    public static RunSettings FromOptions(CommandLine options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new RunSettings(
            options.Number("articles", 100_000), options.Number("duration", 10), options.Number("connections", 32),
            options.Number("warmup", 3, min: 0), options.Number("threads", 2), Running.Scenarios.Select(options.Text("scenarios")));
        return settings.Connections >= settings.Threads
            ? settings
            : throw new ArgumentException("--connections must be at least --threads (wrk needs a connection per thread).");
    }
}

/// <summary>One scenario's figures, or why it has none.</summary>
public sealed record ScenarioOutcome(string Name, WrkResult? Result, string? Note);

/// <summary>Everything the results table shows.</summary>
public sealed record RunReport(
    DateTime At, string LoadAverage, RunSettings Settings, long DatabaseBytes, ProbedArticle Article, WrkResult Raw,
    IReadOnlyList<ScenarioOutcome> Outcomes, TimeSpan ColdStart, long PeakRssKiB, long MaxSampledRssKiB);
