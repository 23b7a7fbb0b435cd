using System.Globalization;
using System.Text;

namespace ContentApi.Benchmarks.Running;

/// <summary>The write run's figures as Markdown, with the targets beside them.</summary>
public static class WriteReport
{
    public static string Render(int articles, string load, double rawMs, List<double> creates, List<double> edits,
        List<double> freshness, int writers, int seconds, WriteLoad.Concurrent concurrent)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Write run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {articles:N0} articles, load average {load}; raw Kestrel GET p50 {rawMs:F2} ms (one request's floor here).");
        text.AppendLine();
        text.AppendLine("| scenario | p50 | p99 | × raw p50 | target |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- |");
        Row(text, $"create, one editor ({creates.Count} in a row)", creates, rawMs, "p50 ≤ 30 ms, p99 ≤ 150 ms");
        Row(text, $"edit, one editor ({edits.Count} in a row)", edits, rawMs, "p50 ≤ 30 ms, p99 ≤ 150 ms");
        Row(text, $"related lists fresh after a create ({freshness.Count})", freshness, rawMs, "≤ 2 s");
        Row(text, $"{writers} writers, {seconds} s", concurrent.Latencies, rawMs, "");
        text.AppendLine();
        text.AppendLine(c, $"{writers} writers for {seconds} s: {concurrent.Writes:N0} writes, {concurrent.WritesPerSecond:F1} writes/s (target ≥ 50), {concurrent.Errors} errors ({concurrent.Unavailable} of them 503) (target 0).");
        return text.ToString();
    }

    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(percentile / 100 * sorted.Count) - 1)];
    }

    private static void Row(StringBuilder text, string name, List<double> values, double rawMs, string target)
    {
        var (p50, p99) = (Percentile(values, 50), Percentile(values, 99));
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {p50:F1} ms | {p99:F1} ms | {p50 / rawMs:F0}× | {target} |");
    }
}
