using System.Diagnostics;
using System.Globalization;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Import;

/// <summary>
/// `wxr`: generates a WordPress export of N posts (kept in .data/, reused), runs the published API's
/// `import wxr FILE` on a fresh SQLite database with its wall time and peak RSS (the kernel's VmHWM, polled),
/// then starts the API on that database and checks through HTTP that the lists, search and related indexes
/// are complete. Prints the import's own report (with its per-phase times) and a summary, kept in results/.
/// </summary>
public static class WxrRun
{
    public static async Task<int> RunAsync(CommandLine options, CancellationToken cancellationToken)
    {
        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var posts = options.Number("posts", 10_000);
        var url = new Uri($"http://127.0.0.1:{options.Number("port", 5600)}/");
        var data = Directory.CreateDirectory(Path.Combine(paths.Benchmarks, ".data")).FullName;
        var file = Path.Combine(data, $"wxr-{posts}.xml");
        var generator = new WxrGenerator(posts);
        var generating = Stopwatch.StartNew();
        generator.Write(file + ".tmp");
        File.Move(file + ".tmp", file, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {file}: {posts:N0} posts ({generator.Published:N0} published), {new FileInfo(file).Length / 1048576.0:F0} MiB, in {generating.Elapsed.TotalSeconds:F0} s"));

        var scratch = Directory.CreateTempSubdirectory("contentapi-wxr-");
        var database = Path.Combine(scratch.FullName, "import.db");
        var loadBefore = await LoadAverage.ReadAsync(cancellationToken);
        var (exitCode, wall, peakKiB, output) = await ImportAsync(paths, database, file, LocalServers.NoSeeds(scratch.FullName), cancellationToken);
        var loadAfter = await LoadAverage.ReadAsync(cancellationToken);
        Console.WriteLine(string.Join('\n', output.SkipWhile(l => !l.StartsWith("Import", StringComparison.Ordinal))));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"import wxr exited with {exitCode}; its output is in {scratch.FullName}/import.log.");
        }

        var checks = await WxrChecks.RunAsync(paths, database, url, generator, scratch.FullName, cancellationToken);
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            WXR import, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {posts:N0} posts ({new FileInfo(file).Length / 1048576.0:F0} MiB export), fresh SQLite database
              wall time {wall.TotalSeconds:F1} s (start-up, migrations and the related rebuild included), peak RSS {peakKiB / 1024.0:F0} MiB
              load average before {loadBefore}, after {loadAfter}
              {string.Join("\n  ", output.Where(l => l.StartsWith("phases:", StringComparison.Ordinal)))}
              {string.Join("\n  ", checks)}
            """);
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(paths.Results).FullName, $"wxr-{posts}.md"), report, cancellationToken);
        scratch.Delete(recursive: true);
        return checks.All(c => c.StartsWith("ok", StringComparison.Ordinal)) ? 0 : 1;
    }

    private static async Task<(int ExitCode, TimeSpan Wall, long PeakKiB, List<string> Output)> ImportAsync(
        RepoPaths paths, string database, string file, string noSeeds, CancellationToken cancellationToken)
    {
        var start = LocalServers.ApiStartInfo(paths, database, new Uri("http://127.0.0.1:1/"), outputCache: false, noSeeds);
        start.ArgumentList.Clear();
        if (start.FileName == "dotnet")
        {
            start.ArgumentList.Add(paths.ApiDll);
        }
        foreach (var arg in new[] { "import", "wxr", file })
        {
            start.ArgumentList.Add(arg);
        }
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        var output = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Add(e.Data); } } };
        var wall = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var peak = 0L;
        await using (var memory = new MemorySampler(process.Id))
        {
            while (!process.HasExited)
            {
                peak = Math.Max(peak, memory.PeakRssKiB());
                await Task.Delay(100, cancellationToken);
            }
        }
        await process.WaitForExitAsync(cancellationToken);
        wall.Stop();
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(database)!, "import.log"), await errors, cancellationToken);
        return (process.ExitCode, wall.Elapsed, peak, output);
    }
}
