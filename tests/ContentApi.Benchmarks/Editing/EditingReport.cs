using System.Globalization;
using System.Text;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Editing;

/// <summary>The editing run's figures as Markdown: hit rate and requests/s with and without the editor, against raw Kestrel.</summary>
public static class EditingReport
{
    public static string Render(int articles, string load, string apiDll, int paths, int distinct, int connections, int seconds, TimeSpan interval,
        WrkResult raw, EditingRun.MixResult alone, EditingRun.MixResult withEditor, PeriodicEditor editor)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Editing run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {articles:N0} articles, load average {load}, API {apiDll}.");
        text.AppendLine(c, $"{connections} readers (wrk connections) for {seconds} s over a mix of {paths:N0} paths ({distinct:N0} distinct URLs), output cache on, warmed first.");
        text.AppendLine();
        text.AppendLine("| scenario | requests/s | × raw | × no editor | p50 | p99 | cache hit rate | target |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        text.AppendLine(c, $"| raw Kestrel, one article's bytes | {raw.RequestsPerSecond:N0} | 1.00 | | {Ms(raw.P50)} | {Ms(raw.P99)} | | |");
        Row(text, "readers alone", alone, raw, alone, "");
        Row(text, $"readers, one editor saving every {interval.TotalSeconds:0.#} s ({editor.Saves} saves, {editor.Errors} errors)", withEditor, raw, alone, "hit rate ≥ 0.95");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, EditingRun.MixResult result, WrkResult raw, EditingRun.MixResult alone, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {result.Wrk.RequestsPerSecond:N0} | {result.Wrk.RequestsPerSecond / raw.RequestsPerSecond:F2} | {result.Wrk.RequestsPerSecond / alone.Wrk.RequestsPerSecond:F2} | {Ms(result.Wrk.P50)} | {Ms(result.Wrk.P99)} | {result.HitRate:F3} | {target} |");

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture) + " ms";
}
