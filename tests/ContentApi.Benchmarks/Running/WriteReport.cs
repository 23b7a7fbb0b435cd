using System.Globalization;
using System.Text;

namespace ContentApi.Benchmarks.Running;

/// <summary>What the write run does: the data's size, creates and edits in a row, then writers at once for a while.</summary>
public sealed record WritePlan(int Articles, int Sequential, int Writers, int Seconds);

/// <summary>What the write run measured, in milliseconds.</summary>
public sealed record WriteFigures(WritePlan Plan, ApiDatabase Database, string Load, double RawMs,
    List<double> Creates, List<double> Edits, List<double> Freshness, WriteLoad.Concurrent Concurrent);

/// <summary>The write run's figures as Markdown, with the targets beside them.</summary>
public static class WriteReport
{
    public static string Render(WriteFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var (articles, load, rawMs, creates, edits, freshness, concurrent) =
            (figures.Plan.Articles, figures.Load, figures.RawMs, figures.Creates, figures.Edits, figures.Freshness, figures.Concurrent);
        var (writers, seconds) = (figures.Plan.Writers, figures.Plan.Seconds);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Write run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {articles:N0} articles ({figures.Database.Describe()}), load average {load}; raw Kestrel GET p50 {rawMs:F2} ms (one request's floor here).");
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
