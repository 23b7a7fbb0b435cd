using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.RateLimiting;

/// <summary>
/// Request counts per client in fixed windows aligned to the clock, so every answer can say
/// exactly how many requests are left and when the window resets (the RateLimit header). Holds at
/// most about RateLimiting:MaxClients counters: when full, counters of past windows are dropped;
/// if every counter is current, new clients share one overflow counter. A live counter is never
/// dropped, so a flood of new clients cannot reset anyone's count.
/// </summary>
public sealed class FixedWindowCounters(TimeProvider clock, IOptionsMonitor<RateLimitOptions> options) : IRateLimitCounters
{
    public const string OverflowClient = "overflow";

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _sweptWindow = -1;

    /// <summary>How many counters are held now.</summary>
    public int Count => _windows.Count;

    public ValueTask<RateLimitDecision> AcquireAsync(string client, int limit, int windowSeconds) => new(Acquire(client, limit, windowSeconds));

    public RateLimitDecision Acquire(string client, int limit, int windowSeconds)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % windowSeconds);
        var maxClients = options.CurrentValue.MaxClients;
        if (_windows.Count >= maxClients && !_windows.ContainsKey(client))
        {
            SweepOncePerWindow(start);
            client = _windows.Count >= maxClients ? OverflowClient : client;
        }
        var window = _windows.AddOrUpdate(client,
            static (_, current) => new Window(current, 1),
            static (_, window, current) => window.Start == current ? window with { Count = window.Count + 1 } : new Window(current, 1),
            start);
        var resetSeconds = (int)(start + windowSeconds - now);
        return new RateLimitDecision(window.Count <= limit, limit, Math.Max(0, limit - window.Count), resetSeconds);
    }

    // Sweeping twice in one window frees nothing more: every counter left is from this window.
    private void SweepOncePerWindow(long currentStart)
    {
        if (Interlocked.Exchange(ref _sweptWindow, currentStart) == currentStart)
        {
            return;
        }
        foreach (var (client, window) in _windows)
        {
            if (window.Start < currentStart)
            {
                _windows.TryRemove(client, out _);
            }
        }
    }

    private readonly record struct Window(long Start, int Count);
}
