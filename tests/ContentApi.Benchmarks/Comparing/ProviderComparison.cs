using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Comparing;

/// <summary>
/// `run.sh compare-providers --postgres "Host=...;Port=...;Username=..."`: the delivery run, the uncached
/// article, the query run and the write scenarios, each on SQLite then on PostgreSQL over the same
/// prepared data, every run with its raw Kestrel baseline; `--rounds N` repeats the whole sequence.
/// One table of medians and PostgreSQL/SQLite ratios against the targets, into results/compare-providers.md.
/// </summary>
public static class ProviderComparison
{
    public const string QueryScenarios = "list,filtered,search,author,tag";

    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var articles = options.Number("articles", 100_000);
        var (rounds, seconds, querySeconds) = (options.Number("rounds", 1), options.Number("duration", 10), options.Number("query-duration", 5));
        var plan = new WritePlan(articles, options.Number("sequential", 100), options.Number("writers", 8), options.Number("writers-duration", 30));
        var postgres = options.Text("postgres") ?? throw new ArgumentException("--postgres \"Host=...;Port=...;Username=...\" is required.");
        DatabaseChoice[] choices = [DatabaseChoice.Sqlite, new(ApiDatabase.PostgresProvider, postgres)];
        RunSettings Settings(int duration, int connections, int warmup, bool cache, string? scenarios) =>
            new(articles, duration, connections, warmup, Math.Min(2, connections), cache, Scenarios.Select(scenarios)) { SeededColdStarts = 0 };
        (string Name, RunSettings Settings)[] reads =
        [
            (ComparisonTable.Delivery, Settings(seconds, 32, 3, cache: true, null)),
            (ComparisonTable.Uncached, Settings(seconds, 32, 3, cache: false, "article")),
            (ComparisonTable.Query, Settings(querySeconds, 1, 10, cache: false, QueryScenarios)),
        ];

        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var scratch = Directory.CreateTempSubdirectory("contentapi-compare-").FullName;
        var results = new ComparisonResults();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 1; round <= rounds; round++)
        {
            // Interleaved, SQLite then PostgreSQL for each kind of run, so drift in the machine's load hits both.
            foreach (var (name, settings) in reads)
            {
                foreach (var choice in choices)
                {
                    Console.WriteLine($"\n=== round {round}/{rounds}, {name}, {choice.Label} ({clock.Elapsed.TotalMinutes:F1} min so far)");
                    var database = await choice.OpenAsync(paths, articles, "read", writable: false, scratch, cancellationToken);
                    try
                    {
                        results.Add(name, choice, await BenchmarkRun.MeasureOnAsync(paths, settings with { Database = choice }, database, scratch, cancellationToken));
                    }
                    finally
                    {
                        await choice.ReleaseAsync(database, CancellationToken.None);
                    }
                }
            }
            foreach (var choice in choices)
            {
                Console.WriteLine($"\n=== round {round}/{rounds}, writes, {choice.Label} ({clock.Elapsed.TotalMinutes:F1} min so far)");
                results.Add(choice, await WriteRun.MeasureAsync(paths, choice, plan, scratch, cancellationToken));
            }
        }

        var markdown = ComparisonTable.Render(results, rounds, clock.Elapsed);
        Console.WriteLine();
        Console.Write(markdown);
        var output = Path.Combine(Directory.CreateDirectory(paths.Results).FullName, "compare-providers.md");
        await File.WriteAllTextAsync(output, markdown + "\n\n# Each run\n\n" + results.Details(), cancellationToken);
        Console.WriteLine($"\nWritten to {output} (with each run's own table)");
        Directory.Delete(scratch, recursive: true);
        return 0;
    }
}
