using System.Diagnostics;
using System.Globalization;

namespace ContentApi.Data;

/// <summary>
/// Times each step of the database's preparation and logs them in one line, with the time since the
/// process started, and logs again when the host is listening: what a seeded cold start spends where
/// (README "Where the seeded cold start goes"), from any start's log.
/// </summary>
internal sealed class StartupPhases(ILogger logger)
{
    private readonly TimeSpan _began = SinceProcessStart;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _phases = [];
    private TimeSpan _last;

    public static TimeSpan SinceProcessStart => DateTime.Now - Process.GetCurrentProcess().StartTime;

    public void Done(string phase)
    {
        var now = _clock.Elapsed;
        _phases.Add(string.Create(CultureInfo.InvariantCulture, $"{phase} {(now - _last).TotalMilliseconds:F0}"));
        _last = now;
    }

    public void Log(IHostApplicationLifetime lifetime)
    {
        logger.LogInformation("Database prepared in {Milliseconds:F0} ms, from {Began:F0} ms after the process started ({Phases} ms); {Methods} methods JIT-compiled in {Jit:F0} ms so far.",
            _clock.Elapsed.TotalMilliseconds, _began.TotalMilliseconds, string.Join(", ", _phases), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
        lifetime.ApplicationStarted.Register(() =>
            logger.LogInformation("Listening {SinceStart:F0} ms after the process started; {Methods} methods JIT-compiled in {Jit:F0} ms so far.",
                SinceProcessStart.TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
    }
}
