using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Soak;

/// <summary>
/// `soak`: the published API over a copy of a generated database, for a set time, under mixed
/// traffic as fast as closed-loop readers can go, plus editors writing at a steady pace. Reports
/// errors, p50/p99 per kind and the API's RSS over time. Rate limiting is off, as in every run.
/// </summary>
public static class SoakRun
{
    private static readonly TimeSpan ApiStartTimeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var (articles, duration) = (options.Number("articles", 10_000), TimeSpan.FromSeconds(options.Number("duration", 300)));
        var (readers, editors) = (options.Number("readers", 16), options.Number("editors", 4));
        var writeInterval = TimeSpan.FromMilliseconds(options.Number("write-interval-ms", 1000));
        var url = new Uri($"http://127.0.0.1:{options.Number("port", 5121)}/");
        var scratch = Directory.CreateTempSubdirectory("contentapi-soak-");
        try
        {
            // The editors write, so the run gets its own copy of the cached database.
            var database = Path.Combine(scratch.FullName, "soak.db");
            File.Copy(await CachedDatabase.EnsureAsync(paths, articles, scratch.FullName, cancellationToken), database);
            var key = "capi_soak_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            var start = LocalServers.ApiStartInfo(paths, database, url, outputCache: true, LocalServers.NoSeeds(scratch.FullName));
            start.Environment["Auth__BootstrapWriteKey"] = key;
            await using var api = ChildProcess.Start(start, Path.Combine(scratch.FullName, "api.log"));
            using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, MaxConnectionsPerServer = readers + editors })
            {
                BaseAddress = url,
                Timeout = TimeSpan.FromSeconds(30),
            };
            await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), ApiStartTimeout, cancellationToken);
            var traffic = await SoakTraffic.ProbeAsync(http, cancellationToken);
            Console.WriteLine($"Soak: {articles:N0} articles, {duration.TotalSeconds:0} s, {readers} readers as fast as they go, {editors} editors writing every {writeInterval.TotalMilliseconds:0} ms, on {url}");

            var stats = new SoakStats();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stop.CancelAfter(duration);
            var clock = Stopwatch.StartNew();
            var work = Enumerable.Range(0, readers).Select(i => ReadAsync(http, traffic, stats, new Random(i), stop.Token))
                .Concat(Enumerable.Range(1, editors).Select(i => new SoakEditors(http, key, stats).RunAsync(i, writeInterval, stop.Token)))
                .Append(SampleMemoryAsync(api.Id, stats, clock, stop.Token));
            await Finish(Task.WhenAll(work));

            var load = await LoadAverage.ReadAsync(cancellationToken);
            var report = stats.Render(string.Create(CultureInfo.InvariantCulture,
                $"Soak, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {articles:N0} articles, {clock.Elapsed.TotalSeconds:0} s, {readers} readers, {editors} editors (a write each every {writeInterval.TotalSeconds:0.#} s), load average after {load}"), clock.Elapsed);
            Console.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(paths.Results).FullName, "soak.md"), report, cancellationToken);
            scratch.Delete(recursive: true);
            return stats.Errors == 0 ? 0 : 1;
        }
        catch
        {
            Console.Error.WriteLine($"Logs kept in {scratch.FullName}");
            throw;
        }
    }

    private static async Task ReadAsync(HttpClient http, SoakTraffic traffic, SoakStats stats, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var (kind, request, expected) = traffic.Next(random);
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, stop);
                await response.Content.LoadIntoBufferAsync(stop);
                var right = response.StatusCode == expected || (kind == "conditional" && response.StatusCode == HttpStatusCode.OK);
                stats.Record(kind, Stopwatch.GetElapsedTime(started), right ? null : $"{(int)response.StatusCode} for {request.RequestUri}");
                traffic.Remember(request, response);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !stop.IsCancellationRequested))
            {
                stats.Record(kind, Stopwatch.GetElapsedTime(started), exception.Message);
            }
        }
    }

    private static async Task SampleMemoryAsync(int processId, SoakStats stats, Stopwatch clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        do
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            stats.RecordMemory(clock.Elapsed, line is null ? 0 : long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
        }
        while (await timer.WaitForNextTickAsync(stop));
    }

    private static async Task Finish(Task work)
    {
        try
        {
            await work;
        }
        catch (OperationCanceledException)
        {
            // The duration is up: every client stops mid-request.
        }
    }
}
