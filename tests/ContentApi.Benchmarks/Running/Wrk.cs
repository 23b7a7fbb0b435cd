using System.ComponentModel;
using System.Diagnostics;

namespace ContentApi.Benchmarks.Running;

/// <summary>Runs wrk against one URL; headers go through a generated Lua script, as wrk needs.</summary>
public sealed class Wrk(int threads, int connections, string scratchFolder)
{
    public async Task<WrkResult?> RunAsync(Uri url, IReadOnlyList<(string Name, string Value)> headers, int seconds, bool measured, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var output = await RunWithScriptAsync(url, headers.Count > 0 ? await WriteScriptAsync(headers, cancellationToken) : null, seconds, cancellationToken, measured);
        return measured ? WrkResult.Parse(output) : null;
    }

    /// <summary>wrk with a script of the caller's (<paramref name="script"/>, or none); returns wrk's report.</summary>
    public async Task<string> RunWithScriptAsync(Uri url, string? script, int seconds, CancellationToken cancellationToken, bool measured = true)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        // A long timeout: a slow scenario should show its latency, not vanish into wrk's timeout count.
        foreach (var arg in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s" })
        {
            start.ArgumentList.Add(arg);
        }
        if (measured)
        {
            start.ArgumentList.Add("--latency");
        }
        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }
        start.ArgumentList.Add(url.ToString());

        using var wrk = StartWrk(start);
        try
        {
            var output = wrk.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = wrk.StandardError.ReadToEndAsync(cancellationToken);
            await wrk.WaitForExitAsync(cancellationToken);
            return wrk.ExitCode != 0
                ? throw new InvalidOperationException($"wrk exited with {wrk.ExitCode}: {await errors}")
                : await output;
        }
        finally
        {
            if (!wrk.HasExited)
            {
                wrk.Kill();
            }
        }
    }

    private static Process StartWrk(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"wrk could not be started ({e.Message}): install it, or use run.sh, which does.", e);
        }
    }

    private async Task<string> WriteScriptAsync(IReadOnlyList<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        var path = Path.Combine(scratchFolder, $"headers-{Guid.NewGuid():N}.lua");
        // Lua long brackets take any text (an ETag's quotes included) without escaping.
        var lines = headers.Select(h => $"wrk.headers[ [==[{h.Name}]==] ] = [==[{h.Value}]==]");
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
        return path;
    }
}
