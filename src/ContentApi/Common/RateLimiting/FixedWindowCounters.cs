using System.Collections.Concurrent;

namespace ContentApi.Common.RateLimiting;

/// <summary>
/// Request counts per client in fixed windows aligned to the clock, so every answer can say
/// exactly how many requests are left and when the window resets (the RateLimit header).
/// </summary>
public sealed class FixedWindowCounters(TimeProvider clock)
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public RateLimitDecision Acquire(string client, int limit, int windowSeconds)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % windowSeconds);
        var window = _windows.AddOrUpdate(client,
            _ => new Window(start, 1),
            (_, current) => current.Start == start ? current with { Count = current.Count + 1 } : new Window(start, 1));
        if (_windows.Count > SweepThreshold)
        {
            Sweep(start);
        }
        var resetSeconds = (int)(start + windowSeconds - now);
        return new RateLimitDecision(window.Count <= limit, limit, Math.Max(0, limit - window.Count), resetSeconds);
    }

    private void Sweep(long currentStart)
    {
        foreach (var (client, window) in _windows)
        {
            if (window.Start < currentStart)
            {
                _windows.TryRemove(client, out _);
            }
        }
    }

    private sealed record Window(long Start, int Count);
}

public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);
