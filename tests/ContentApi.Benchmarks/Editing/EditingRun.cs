using System.Globalization;
using System.Text.RegularExpressions;
using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Editing;

/// <summary>
/// The editor-while-reading scenario (`run.sh editing`): on a copy of the generated database, readers
/// over <see cref="ReaderMix"/> with the output cache on, first alone, then while one editor saves an
/// article every interval; the output-cache hit rate and requests/s of each, with raw Kestrel serving
/// an article's bytes in the same run as the floor. `--api-dll` runs another build (main's, for a before).
/// </summary>
public static partial class EditingRun
{
    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (articles, seconds, connections, warmup) = (options.Number("articles", 10_000), options.Number("duration", 30),
            options.Number("connections", 32), options.Number("warmup", 10));
        var interval = TimeSpan.FromMilliseconds(options.Number("write-interval-ms", 2000));
        var paths = RepoPaths.Find();
        var apiDll = options.Text("api-dll") is { } other ? Path.GetFullPath(other) : paths.ApiDll;
        var scratch = Directory.CreateTempSubdirectory("contentapi-editing-");
        var database = Path.Combine(scratch.FullName, "editing.db");
        File.Copy(await CachedDatabase.EnsureAsync(paths, articles, scratch.FullName, cancellationToken), database);
        await WriteRun.ForgetKeysAsync(ApiDatabase.Sqlite(database), cancellationToken);
        var load = await LoadAverage.ReadAsync(cancellationToken);

        var url = UrlOf(options, "api-port");
        var start = LocalServers.ApiStartInfo(paths, database, url, outputCache: true, LocalServers.NoSeeds(scratch.FullName), apiDll);
        start.Environment["Auth__BootstrapWriteKey"] = WriteRun.Key;
        await using var api = ChildProcess.Start(start, Path.Combine(scratch.FullName, "api.log"));
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", WriteRun.Key);
        await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), TimeSpan.FromMinutes(10), cancellationToken);
        await api.WaitUntilIdleAsync(TimeSpan.FromMinutes(5), cancellationToken);

        var mix = await ReaderMix.BuildAsync(http, cancellationToken);
        var script = Path.Combine(scratch.FullName, "mix.lua");
        await File.WriteAllTextAsync(script, ReaderMix.Script(mix), cancellationToken);
        var wrk = new Wrk(Math.Min(2, connections), connections, scratch.FullName);
        await wrk.RunScriptAsync(url, script, warmup, cancellationToken);
        var alone = await wrk.RunScriptAsync(url, script, seconds, cancellationToken);

        var editor = new PeriodicEditor(http, mix.Where(p => p.StartsWith("/api/v1/articles/", StringComparison.Ordinal) && !p.EndsWith("/related", StringComparison.Ordinal))
            .Distinct().Take(20).Select(p => p["/api/v1/articles/".Length..]).ToList(), interval);
        using var stopEditor = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var editing = editor.RunAsync(stopEditor.Token);
        var withEditor = await wrk.RunScriptAsync(url, script, seconds, cancellationToken);
        await stopEditor.CancelAsync();
        await editing;

        var body = Path.Combine(scratch.FullName, "article.json");
        await File.WriteAllBytesAsync(body, await http.GetByteArrayAsync(mix[0], cancellationToken), cancellationToken);
        var rawUrl = UrlOf(options, "raw-port");
        await using var baseline = LocalServers.StartBaseline(rawUrl, body, scratch.FullName);
        await baseline.WaitUntilOkAsync(http, rawUrl, TimeSpan.FromSeconds(60), cancellationToken);
        var raw = (await wrk.RunAsync(rawUrl, [], seconds, measured: true, cancellationToken))!;

        var report = EditingReport.Render(articles, load, apiDll, mix.Count, mix.Distinct().Count(), connections, seconds, interval, raw, alone, withEditor, editor);
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(paths.Results).FullName, "editing.md"), report, cancellationToken);
        scratch.Delete(recursive: true);
        return editor.Errors == 0 ? 0 : 1;
    }

    private static Uri UrlOf(CommandLine options, string name) =>
        options.Text(name) is null ? LocalServers.FreeUrl() : new Uri($"http://127.0.0.1:{options.Number(name)}/");

    /// <summary>wrk's figures with the script's hit count.</summary>
    public sealed record MixResult(WrkResult Wrk, long Hits, long Misses)
    {
        public double HitRate => Hits + Misses == 0 ? 0 : (double)Hits / (Hits + Misses);
    }

    private static async Task<MixResult> RunScriptAsync(this Wrk wrk, Uri url, string script, int seconds, CancellationToken cancellationToken)
    {
        var output = await wrk.RunWithScriptAsync(url, script, seconds, cancellationToken);
        var counts = HitsLine().Match(output);
        return counts.Success
            ? new(WrkResult.Parse(output), long.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new FormatException($"The wrk script printed no hit count:\n{output}");
    }

    [GeneratedRegex(@"^Cache hits: (\d+) misses: (\d+)", RegexOptions.Multiline)]
    private static partial Regex HitsLine();
}
