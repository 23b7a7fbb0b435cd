namespace ContentApi.Benchmarks.Running;

/// <summary>
/// One benchmark run: the API (Release build) over a generated database, the raw Kestrel baseline
/// serving the same article's bytes, wrk against each, a Markdown table of ratios.
/// </summary>
public sealed class BenchmarkRun(RunSettings settings, RepoPaths paths)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Each start runs a sampled ANALYZE, which still reads the search index's tables in full: on a
    // large file not in the OS page cache that is disk-bound and has taken over a minute.
    private static readonly TimeSpan ApiStartTimeout = TimeSpan.FromMinutes(5);

    public static BenchmarkRun FromOptions(CommandLine options) => new(RunSettings.FromOptions(options), RepoPaths.Find());

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        EnsureApiPublished(paths);
        var scratch = Directory.CreateTempSubdirectory("contentapi-bench-");
        var finished = false;
        try
        {
            var report = await MeasureAsync(paths, settings, scratch.FullName, cancellationToken);
            var markdown = ResultsTable.Render(report);
            Console.WriteLine();
            Console.Write(markdown);
            var latest = Path.Combine(Directory.CreateDirectory(paths.Results).FullName, "latest.md");
            await File.WriteAllTextAsync(latest, markdown, cancellationToken);
            Console.WriteLine($"\nWritten to {latest}");
            finished = true;
            return 0;
        }
        finally
        {
            // A failed run keeps the servers' logs that its error message points to.
            if (finished)
            {
                scratch.Delete(recursive: true);
            }
            else
            {
                Console.Error.WriteLine($"Logs kept in {scratch.FullName}");
            }
        }
    }

    public static void EnsureApiPublished(RepoPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!File.Exists(paths.ApiDll))
        {
            throw new InvalidOperationException($"{paths.ApiDll} not found: run.sh builds and publishes it.");
        }
    }

    /// <summary>One run on the database the settings choose (a PostgreSQL copy is dropped after it).</summary>
    public static async Task<RunReport> MeasureAsync(RepoPaths paths, RunSettings settings, string scratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var database = await settings.Database.OpenAsync(paths, settings.Articles, "read", writable: false, scratch, cancellationToken);
        try
        {
            return await MeasureOnAsync(paths, settings, database, scratch, cancellationToken);
        }
        finally
        {
            await settings.Database.ReleaseAsync(database, CancellationToken.None);
        }
    }

    /// <summary>One run on a database the caller opened (so several runs can share one PostgreSQL copy).</summary>
    public static Task<RunReport> MeasureOnAsync(RepoPaths paths, RunSettings settings, ApiDatabase database, string scratch, CancellationToken cancellationToken) =>
        new BenchmarkRun(settings, paths).MeasureAsync(database, scratch, cancellationToken);

    private async Task<RunReport> MeasureAsync(ApiDatabase database, string scratch, CancellationToken cancellationToken)
    {
        // Other work on a shared machine moves every figure; the table says how busy it was.
        var loadAverage = await LoadAverage.ReadAsync(cancellationToken);
        // First, while nothing else of the run is up.
        var seededColdStarts = await SeededColdStart.MeasureAsync(paths, settings.OutputCache, scratch, settings.SeededColdStarts, cancellationToken);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var apiUrl = LocalServers.FreeUrl();
        await using var api = LocalServers.StartApi(
            paths, database, apiUrl, Path.Combine(scratch, "api.log"), settings.OutputCache, LocalServers.NoSeeds(scratch));
        var startOnDatabase = await api.WaitUntilOkAsync(http, new Uri(apiUrl, "/api/v1/articles?pageSize=1"), ApiStartTimeout, cancellationToken);
        Console.WriteLine($"API up on {apiUrl} in {startOnDatabase.TotalMilliseconds:N0} ms (output cache {(settings.OutputCache ? "on" : "off")})");
        await using var memory = new MemorySampler(api.Id);

        using var apiClient = new HttpClient { BaseAddress = apiUrl, Timeout = TimeSpan.FromSeconds(60) };
        var article = await ProbedArticle.FindAsync(apiClient, Scenarios.NeedsCursorWalk(settings.Scenarios), cancellationToken);
        var bodyPath = Path.Combine(scratch, "article.json");
        await File.WriteAllBytesAsync(bodyPath, article.Body, cancellationToken);
        var rawUrl = LocalServers.FreeUrl();
        await using var baseline = LocalServers.StartBaseline(rawUrl, bodyPath, scratch);
        await baseline.WaitUntilOkAsync(http, rawUrl, StartTimeout, cancellationToken);

        var runner = new ScenarioRunner(settings, new Wrk(settings.Threads, settings.Connections, scratch), apiClient, api);
        var (raw, _) = await runner.LoadAsync(Scenarios.Raw, rawUrl, [], cancellationToken, baseline);
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in settings.Scenarios)
        {
            outcomes.Add(await runner.RunAsync(scenario, article, cancellationToken));
        }
        return new RunReport(DateTime.UtcNow, loadAverage, settings, database, article, raw,
            outcomes, startOnDatabase, seededColdStarts, memory.PeakRssKiB(), memory.MaxSampledRssKiB);
    }
}
