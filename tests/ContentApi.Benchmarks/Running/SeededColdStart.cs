namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The issue's "cold start to first seeded response": the Release build on a fresh, empty database,
/// with its own seeds/ (migrations, search index, seed import, then the first answer). Three times in a
/// full run; as often as asked by the coldstart command.
/// </summary>
public static class SeededColdStart
{
    public const int Runs = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(RepoPaths paths, bool outputCache, string scratch, int runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var times = new List<TimeSpan>();
        for (var run = 1; run <= runs; run++)
        {
            var took = await MeasureOnceAsync(paths.ApiDll, paths, outputCache, Path.Combine(scratch, $"seeded-{run}"), cancellationToken);
            Console.WriteLine($"Cold start on a fresh seeded database ({run}/{runs}): {took.TotalMilliseconds:N0} ms; {PhasesOf(Path.Combine(scratch, $"seeded-{run}"))}");
            times.Add(took);
        }
        return times;
    }

    /// <summary>One start of the given build (its folder holds its appsettings.json and seeds/) on a fresh database in <paramref name="folder"/>.</summary>
    public static async Task<TimeSpan> MeasureOnceAsync(string apiDll, RepoPaths paths, bool outputCache, string folder, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Directory.CreateDirectory(folder);
        var url = LocalServers.FreeUrl();
        var start = LocalServers.ApiStartInfo(paths, Path.Combine(folder, "content.db"), url, outputCache, apiDll: apiDll);
        await using var api = ChildProcess.Start(start, Path.Combine(folder, "api.log"));
        return await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), Timeout, cancellationToken);
    }

    /// <summary>The start's own account of its time (StartupPhases' two lines in its log), to read each part before and after.</summary>
    public static string PhasesOf(string folder) =>
        string.Join(" ", File.ReadLines(Path.Combine(folder, "api.log"))
            .Where(line => line.Contains("Database prepared in", StringComparison.Ordinal) || line.Contains("Listening ", StringComparison.Ordinal))
            .Select(line => line.Trim()));

    public static TimeSpan Median(IReadOnlyList<TimeSpan> times) =>
        times.Order().ElementAt(times.Count / 2);
}
