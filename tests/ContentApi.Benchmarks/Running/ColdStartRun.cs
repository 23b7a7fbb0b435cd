namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The seeded cold start alone, without a generated database or wrk: quick to repeat while working on
/// start-up. The load average is printed before and after, since other work on the machine moves it.
/// </summary>
public static class ColdStartRun
{
    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runs = options.Number("runs", 5);
        var outputCache = options.Switch("output-cache", true);
        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var scratch = Directory.CreateTempSubdirectory("contentapi-cold-");
        try
        {
            var before = await LoadAverage.ReadAsync(cancellationToken);
            var times = await SeededColdStart.MeasureAsync(paths, outputCache, scratch.FullName, runs, cancellationToken);
            var after = await LoadAverage.ReadAsync(cancellationToken);
            Console.WriteLine($"cold start (fresh database, seeded): median {SeededColdStart.Median(times).TotalMilliseconds:N0} ms "
                + $"({string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:N0}"))} ms); "
                + $"load average {before} before, {after} after; {paths.ApiDll}");
            scratch.Delete(recursive: true);
            return 0;
        }
        catch
        {
            Console.Error.WriteLine($"Logs kept in {scratch.FullName}");
            throw;
        }
    }
}
