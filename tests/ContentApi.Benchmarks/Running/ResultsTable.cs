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
            + $"{report.Database.Describe()}), output cache {(s.OutputCache ? "on" : "off")}. "
            + $"wrk -t{s.Threads} -c{s.Connections} -d{s.DurationSeconds}s "
            + $"after a {s.WarmupSeconds} s warm-up, on {Environment.ProcessorCount} cores shared by wrk, the API and the baseline "
            + $"(load average {report.LoadAverage} when the run began).");
        Line(text, $"Article: `{report.Article.Slug}` ({report.Article.Body.Length:N0} bytes, {report.Article.RelatedCount} related). "
            + "raw = Kestrel serving those bytes from memory, in the same run.");
        Line(text);
        Line(text, "| scenario | req/s | p50 | p99 | req/s vs raw | p99 vs raw | server CPU/request | CPU vs raw |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(text, Scenarios.Raw, report.Raw, report.Raw);
        foreach (var outcome in report.Outcomes)
        {
            if (outcome.Result is { } result)
            {
                Row(text, outcome.Name, result, report.Raw);
            }
            else
            {
                Line(text, $"| {outcome.Name} | skipped: {outcome.Note} | | | | | | |");
            }
        }
        Line(text);
        var seeded = report.SeededColdStarts;
        if (seeded.Count > 0)
        {
            Line(text, $"- cold start (fresh database, seeded): median {SeededColdStart.Median(seeded).TotalMilliseconds:N0} ms "
                + $"({string.Join(", ", seeded.Select(t => $"{t.TotalMilliseconds:N0}"))} ms; process start to the first 200 of "
                + "GET /api/v1/articles?pageSize=1, on an empty database the API migrates, indexes and seeds from its seeds/)");
        }
        Line(text, $"- start on the {s.Articles:N0}-article database: {report.StartOnDatabase.TotalMilliseconds:N0} ms "
            + "(the same, on the generated database, prepared by an earlier start)");
        Line(text, $"- peak RSS: {report.PeakRssKiB / 1024.0:N0} MiB (VmHWM); highest VmRSS sampled every 200 ms: {report.MaxSampledRssKiB / 1024.0:N0} MiB");
        foreach (var outcome in report.Outcomes.Where(o => o.Result is not null && o.Note is not null))
        {
            Line(text, $"- {outcome.Name}: {outcome.Note}");
        }
        Line(text);
        Line(text, "Requests:");
        Line(text);
        foreach (var outcome in report.Outcomes.Where(o => o.PathAndQuery is not null))
        {
            Line(text, $"- {outcome.Name}: `GET {outcome.PathAndQuery}`{(outcome.Total is { } total ? $" ({total:N0} matching)" : "")}");
        }
        return text.ToString();
    }

    // With no completed request wrk reports latencies of 0, which would read as instant.
    private static void Row(StringBuilder text, string name, WrkResult result, WrkResult raw) =>
        Line(text, result.Requests == 0
            ? $"| {name} | 0 | n/a | n/a | 0 | n/a | n/a | n/a |"
            : $"| {name} | {Rate(result.RequestsPerSecond)} | {Latency(result.P50)} | {Latency(result.P99)} | "
                + $"{Ratio(result.RequestsPerSecond / raw.RequestsPerSecond)} | {Times(result.P99 / raw.P99)} | "
                + $"{Cpu(result.ServerCpuPerRequest)} | {CpuTimes(result.ServerCpuPerRequest, raw.ServerCpuPerRequest)} |");

    private static string Cpu(TimeSpan? perRequest) => perRequest is { } cpu ? $"{cpu.TotalMicroseconds:N0} µs" : "n/a";

    private static string CpuTimes(TimeSpan? perRequest, TimeSpan? raw) =>
        perRequest is { } cpu && raw is { Ticks: > 0 } rawCpu ? Times(cpu / rawCpu) : "n/a";

    private static string Rate(double perSecond) => perSecond < 100 ? $"{perSecond:F1}" : $"{perSecond:N0}";

    private static string Latency(TimeSpan latency) => latency.TotalMilliseconds switch
    {
        < 10 => $"{latency.TotalMilliseconds:F2} ms",
        < 1000 => $"{latency.TotalMilliseconds:F1} ms",
        _ => $"{latency.TotalSeconds:F2} s",
    };

    // Two significant digits however small: 0.000074, not 0.000.
    private static string Ratio(double ratio) => ratio >= 0.1 || ratio <= 0
        ? $"{ratio:F2}"
        : Math.Round(ratio, 1 - (int)Math.Floor(Math.Log10(ratio))).ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Times(double times) => times < 10 ? $"{times:F1}×" : $"{times:N0}×";

    // The app is built with invariant globalization, so interpolation formats the same everywhere.
    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
