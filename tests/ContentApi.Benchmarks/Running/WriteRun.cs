using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The write scenarios (`run.sh writes`): on a copy of the generated database, one editor creating
/// then editing articles in a row, how soon the related lists an edit affects are fresh, and several
/// editors writing at once for a while. A raw Kestrel GET in the same run gives the machine's floor.
/// </summary>
public static class WriteRun
{
    public const string Key = "capi_benchmark-write-key-0123456789abcdef0123456789";

    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = new WritePlan(options.Number("articles", 100_000), options.Number("sequential", 100),
            options.Number("writers", 8), options.Number("duration", 60));
        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var scratch = Directory.CreateTempSubdirectory("contentapi-writes-");
        var figures = await MeasureAsync(paths, DatabaseChoice.FromOptions(options), plan, scratch.FullName, cancellationToken);
        var report = WriteReport.Render(figures);
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(paths.Results).FullName, "writes.md"), report, cancellationToken);
        scratch.Delete(recursive: true);
        return figures.Concurrent.Errors == 0 ? 0 : 1;
    }

    /// <summary>The write scenarios on a copy of the prepared data, on the chosen database.</summary>
    public static async Task<WriteFigures> MeasureAsync(
        RepoPaths paths, DatabaseChoice choice, WritePlan plan, string scratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(plan);
        var database = await choice.OpenAsync(paths, plan.Articles, "writes", writable: true, scratch, cancellationToken);
        try
        {
            await ForgetKeysAsync(database, cancellationToken);
            var load = await LoadAverage.ReadAsync(cancellationToken);

            var url = LocalServers.FreeUrl();
            await using var api = LocalServers.StartApi(paths, database, url, Path.Combine(scratch, "api.log"), outputCache: true,
                LocalServers.NoSeeds(scratch), new Dictionary<string, string> { ["Auth__BootstrapWriteKey"] = Key });
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new("Bearer", Key);
            await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), TimeSpan.FromMinutes(10), cancellationToken);
            await api.WaitUntilIdleAsync(TimeSpan.FromMinutes(5), cancellationToken);
            var raw = await RawFloorAsync(scratch, cancellationToken);

            var sample = await WriteLoad.SampleAsync(http, cancellationToken);
            var editor = new WriteLoad(http, sample);
            await editor.CreateAsync(cancellationToken); // the first write warms the path up
            var creates = new List<double>();
            var edits = new List<double>();
            var written = new List<WriteLoad.Written>();
            for (var i = 0; i < plan.Sequential; i++)
            {
                written.Add(await WriteLoad.TimedAsync(creates, () => editor.CreateAsync(cancellationToken)));
            }
            foreach (var item in written)
            {
                await WriteLoad.TimedAsync(edits, () => editor.EditAsync(item, cancellationToken));
            }
            // The related worker catches up on the writes above first; freshness is a lone write's, not a backlog's.
            await api.WaitUntilIdleAsync(TimeSpan.FromMinutes(5), cancellationToken);
            var freshness = await editor.RelatedFreshnessAsync(5, cancellationToken);
            var concurrent = await editor.ConcurrentAsync(plan.Writers, TimeSpan.FromSeconds(plan.Seconds), cancellationToken);
            return new WriteFigures(plan, database, load, raw, creates, edits, freshness, concurrent);
        }
        finally
        {
            await choice.ReleaseAsync(database, CancellationToken.None);
        }
    }

    /// <summary>The copy's keys are dropped, so the run's bootstrap key is the one seeded (a key that is presented and unknown is a 401).</summary>
    internal static async Task ForgetKeysAsync(ApiDatabase database, CancellationToken cancellationToken)
    {
        var unpooled = $"{database.ConnectionString};Pooling=False";
        await using System.Data.Common.DbConnection connection = database.IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(unpooled)
            : new Npgsql.NpgsqlConnection(unpooled);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"ApiKeys\";";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Median of 200 sequential GETs of raw Kestrel serving a small JSON body: the floor of one request here.</summary>
    private static async Task<double> RawFloorAsync(string scratch, CancellationToken cancellationToken)
    {
        var body = Path.Combine(scratch, "raw.json");
        await File.WriteAllTextAsync(body, JsonSerializer.Serialize(new { id = 1, slug = "raw", title = "Raw" }), cancellationToken);
        var url = LocalServers.FreeUrl();
        await using var baseline = LocalServers.StartBaseline(url, body, scratch);
        using var http = new HttpClient { BaseAddress = url };
        await baseline.WaitUntilOkAsync(http, url, TimeSpan.FromSeconds(60), cancellationToken);
        var times = new List<double>();
        for (var i = 0; i < 250; i++)
        {
            var clock = Stopwatch.StartNew();
            (await http.GetAsync("/", cancellationToken)).EnsureSuccessStatusCode();
            if (i >= 50)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return WriteReport.Percentile(times, 50);
    }
}
