using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ContentApi.Benchmarks.Soak;

/// <summary>Every request's latency and outcome by kind, and the API's resident memory over time.</summary>
public sealed class SoakStats
{
    private readonly ConcurrentDictionary<string, Kind> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(TimeSpan At, long RssKiB)> _memory = new();

    public void Record(string kind, TimeSpan latency, string? error)
    {
        var stats = _kinds.GetOrAdd(kind, _ => new Kind());
        lock (stats)
        {
            stats.Microseconds.Add((int)Math.Min(int.MaxValue, latency.Ticks / 10));
            if (error is not null)
            {
                stats.Errors++;
                stats.FirstError ??= error;
            }
        }
    }

    public void RecordMemory(TimeSpan at, long rssKiB) => _memory.Enqueue((at, rssKiB));

    public long Errors => _kinds.Values.Sum(k => k.Errors);

    public string Render(string heading, TimeSpan elapsed)
    {
        var text = new StringBuilder($"### {heading}\n\n| kind | requests | req/s | errors | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, kind) in _kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = kind.Microseconds.Order().ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {sorted.Count:N0} | {sorted.Count / elapsed.TotalSeconds:N0} | {kind.Errors} | {Percentile(sorted, 0.50):0.0} | {Percentile(sorted, 0.99):0.0} | {sorted[^1] / 1000.0:0.0} |\n");
        }
        text.Append("\nRSS of the API over time (MiB): ");
        text.AppendJoin(", ", _memory.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.At.TotalSeconds:0}s {m.RssKiB / 1024.0:0}")));
        text.Append('\n');
        foreach (var (name, kind) in _kinds.Where(k => k.Value.FirstError is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nFirst error of {name}: {kind.FirstError}\n");
        }
        return text.ToString();
    }

    private static double Percentile(List<int> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)] / 1000.0;

    private sealed class Kind
    {
        public List<int> Microseconds { get; } = [];
        public long Errors { get; set; }
        public string? FirstError { get; set; }
    }
}
