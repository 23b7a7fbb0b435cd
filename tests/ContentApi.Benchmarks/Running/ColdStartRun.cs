namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The seeded cold start alone, without a generated database or wrk: quick to repeat while working on
/// start-up. The load average is printed before and after, since other work on the machine moves it.
/// `--against PATH` starts another build's ContentApi.dll in turn with this one (A, B, A, B...).
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
            if (options.Text("against") is { } against)
            {
                await AlternateAsync(paths, Path.GetFullPath(against), outputCache, scratch.FullName, runs, before, cancellationToken);
                scratch.Delete(recursive: true);
                return 0;
            }
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

    /// <summary>`--against PATH`: another build's ContentApi.dll (main's, for a before), started in turn with this one, run by run.</summary>
    private static async Task AlternateAsync(
        RepoPaths paths, string against, bool outputCache, string scratch, int runs, string before, CancellationToken cancellationToken)
    {
        var builds = new[] { (Name: "other", Dll: against), (Name: "this", Dll: paths.ApiDll) };
        var times = builds.ToDictionary(b => b.Name, _ => new List<TimeSpan>());
        for (var run = 1; run <= runs; run++)
        {
            foreach (var (name, dll) in builds)
            {
                var folder = Path.Combine(scratch, $"{name}-{run}");
                var took = await SeededColdStart.MeasureOnceAsync(dll, paths, outputCache, folder, cancellationToken);
                Console.WriteLine($"Cold start on a fresh seeded database, {name} build ({run}/{runs}): {took.TotalMilliseconds:N0} ms; {SeededColdStart.PhasesOf(folder)}");
                times[name].Add(took);
            }
        }
        var after = await LoadAverage.ReadAsync(cancellationToken);
        foreach (var (name, dll) in builds)
        {
            Console.WriteLine($"cold start, {name} build: median {SeededColdStart.Median(times[name]).TotalMilliseconds:N0} ms "
                + $"({string.Join(", ", times[name].Select(t => $"{t.TotalMilliseconds:N0}"))} ms); {dll}");
        }
        Console.WriteLine($"this / other: {SeededColdStart.Median(times["this"]) / SeededColdStart.Median(times["other"]):F2}; load average {before} before, {after} after");
    }
}
