namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The "cold start to first seeded response": the Release build on a fresh, empty database,
/// with its own seeds/ (migrations, search index, seed import, then the first answer). Three times in a
/// full run; as often as asked by the coldstart command.
/// </summary>
public static class SeededColdStart
{
    public const int Runs = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(RepoPaths paths, bool outputCache, string scratch, int runs, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var times = new List<TimeSpan>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(scratch, $"seeded-{run}")).FullName;
            var url = LocalServers.FreeUrl();
            await using var api = LocalServers.StartApi(
                paths, Path.Combine(folder, "content.db"), url, Path.Combine(folder, "api.log"), outputCache, seedsPath: null);
            var took = await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), Timeout, cancellationToken);
            Console.WriteLine($"Cold start on a fresh seeded database ({run}/{runs}): {took.TotalMilliseconds:N0} ms");
            times.Add(took);
        }
        return times;
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> times) =>
        times.Order().ElementAt(times.Count / 2);
}
