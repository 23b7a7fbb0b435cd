using System.Globalization;
using System.Text;
using ContentApi.Benchmarks.Generation;

namespace ContentApi.Benchmarks.Running;

/// <summary>The run as Markdown: one table of scenarios against the raw baseline, then start-up and memory.</summary>
public static class ResultsTable
{
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        var text = new StringBuilder();
        Line(text, $"## ContentApi benchmark, {report.At:yyyy-MM-dd HH:mm} UTC");
        Line(text);
        Line(text, $"{s.Articles:N0} generated articles (seed {ContentGenerator.Seed}, generator v{ContentGenerator.Version}, "
            + $"{report.DatabaseBytes / 1_048_576.0:N0} MiB database). wrk -t{s.Threads} -c{s.Connections} -d{s.DurationSeconds}s "
            + $"after a {s.WarmupSeconds} s warm-up, on {Environment.ProcessorCount} cores shared by wrk, the API and the baseline.");
        Line(text, $"Article: `{report.Article.Slug}` ({report.Article.Body.Length:N0} bytes, {report.Article.RelatedCount} related). "
            + "raw = Kestrel serving those bytes from memory, in the same run.");
        Line(text);
        Line(text, "| scenario | req/s | p50 | p99 | req/s vs raw | p99 vs raw |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, Scenarios.Raw, report.Raw, report.Raw);
        foreach (var outcome in report.Outcomes)
        {
            if (outcome.Result is { } result)
            {
                Row(text, outcome.Name, result, report.Raw);
            }
            else
            {
                Line(text, $"| {outcome.Name} | skipped: {outcome.Note} | | | | |");
            }
        }
        Line(text);
        Line(text, $"- cold start: {report.ColdStart.TotalMilliseconds:N0} ms (process start to the first 200 of GET /api/v1/articles?pageSize=1)");
        Line(text, $"- peak RSS: {report.PeakRssKiB / 1024.0:N0} MiB (VmHWM); highest VmRSS sampled every 200 ms: {report.MaxSampledRssKiB / 1024.0:N0} MiB");
        foreach (var outcome in report.Outcomes.Where(o => o.Result is not null && o.Note is not null))
        {
            Line(text, $"- {outcome.Name}: {outcome.Note}");
        }
        return text.ToString();
    }

    // With no completed request wrk reports latencies of 0, which would read as instant.
    private static void Row(StringBuilder text, string name, WrkResult result, WrkResult raw) =>
        Line(text, result.Requests == 0
            ? $"| {name} | 0 | n/a | n/a | 0.000 | n/a |"
            : $"| {name} | {result.RequestsPerSecond:N0} | {Milliseconds(result.P50)} | {Milliseconds(result.P99)} | "
                + $"{result.RequestsPerSecond / raw.RequestsPerSecond:F3} | {result.P99 / raw.P99:F1}× |");

    private static string Milliseconds(TimeSpan latency) =>
        latency.TotalMilliseconds.ToString(latency.TotalMilliseconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) + " ms";

    // The app is built with invariant globalization, so interpolation formats the same everywhere.
    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
