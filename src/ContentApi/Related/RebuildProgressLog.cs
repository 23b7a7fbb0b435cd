using System.Diagnostics;

namespace ContentApi.Related;

/// <summary>Passes rebuild progress to the caller and to the log: each phase's end, and every few seconds in between.</summary>
internal sealed class RebuildProgressLog(ILogger logger, IProgress<RelatedRebuildProgress>? progress)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastLogged = -Interval;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(string phase, int done, int total)
    {
        progress?.Report(new RelatedRebuildProgress(phase, done, total));
        lock (_gate)
        {
            if (done < total && _clock.Elapsed - _lastLogged < Interval)
            {
                return;
            }
            _lastLogged = _clock.Elapsed;
        }
        logger.LogInformation("Related index rebuild: {Phase} {Done}/{Total} articles, {Elapsed:F1} s", phase, done, total, _clock.Elapsed.TotalSeconds);
    }
}
