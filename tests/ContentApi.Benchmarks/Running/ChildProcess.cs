using System.Diagnostics;

namespace ContentApi.Benchmarks.Running;

/// <summary>A server started for the run: its output goes to a log file, and it is killed when disposed.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TextWriter _log;

    private ChildProcess(Process process, TextWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;
    public Stopwatch SinceStart { get; } = new();
    public string LogPath { get; private init; } = "";

    public static ChildProcess Start(ProcessStartInfo start, string logPath)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var log = TextWriter.Synchronized(new StreamWriter(logPath) { AutoFlush = true });
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        var child = new ChildProcess(process, log) { LogPath = logPath };
        child.SinceStart.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls every 20 ms until the URL answers 200; returns the time since the process started.</summary>
    public async Task<TimeSpan> WaitUntilOkAsync(HttpClient http, Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        while (SinceStart.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.StartInfo.FileName} exited with {_process.ExitCode}; see {LogPath}.");
            }
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"{url} did not answer 200 within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    /// <summary>For a command rather than a server: waits until it exits, and fails unless it exits with 0.</summary>
    public async Task WaitForSuccessAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{_process.StartInfo.FileName} exited with {_process.ExitCode}; see {LogPath}.");
        }
    }

    /// <summary>
    /// Waits until the process uses under 5% of a core over half a second: requests wrk abandoned at the
    /// end of a run keep the API busy, and would slow whatever is measured next.
    /// </summary>
    public async Task<bool> WaitUntilIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromMilliseconds(500);
        var waited = Stopwatch.StartNew();
        var before = CpuTime();
        while (waited.Elapsed < timeout)
        {
            await Task.Delay(window, cancellationToken);
            var now = CpuTime();
            if (now - before < window * 0.05)
            {
                return true;
            }
            before = now;
        }
        return false;
    }

    /// <summary>The process's CPU time so far, user and system, on every core.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }
}
