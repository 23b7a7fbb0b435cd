using System.Globalization;
using System.Text;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Comparing;

/// <summary>
/// The comparison as one Markdown table: each figure's median over the rounds on SQLite and on
/// PostgreSQL, PostgreSQL's as a ratio of SQLite's, and the target that ratio has to meet.
/// </summary>
public static class ComparisonTable
{
    public const string Delivery = "delivery";
    public const string Uncached = "uncached";
    public const string Query = "query";

    // Issue 12: cached reads at least 0.9 of SQLite's; the uncached and write figures within 1.5 times.
    private const double CachedAtLeast = 0.9;
    private const double Within = 1.5;

    public static string Render(ComparisonResults results, int rounds, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"## SQLite and PostgreSQL, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n\n");
        text.Append(c, $"{rounds} round(s) in {took.TotalMinutes:F0} min, each run SQLite then PostgreSQL; medians over the rounds. ");
        text.Append("Requests/s are compared as fractions of the raw Kestrel baseline measured in the same run (× raw), ");
        text.Append("so a change in the machine's load between the two runs cancels out; p50s and write figures directly. ");
        text.Append("load: the 1-minute load average as each run began (SQLite / PostgreSQL).\n\n");
        text.Append("| run | scenario | SQLite | PostgreSQL | PG/SQLite | target | met? | load |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | --- | --- | --- |\n");
        foreach (var scenario in Scenarios.Default.Prepend(Scenarios.Raw))
        {
            Rate(text, results, Delivery, scenario, scenario == Scenarios.Raw ? null : CachedAtLeast);
        }
        Rate(text, results, Uncached, Scenarios.Raw, null);
        Rate(text, results, Uncached, "article", 1 / Within);
        foreach (var scenario in ProviderComparison.QueryScenarios.Split(','))
        {
            var (sqlite, postgres) = (results.Reads(Query, true), results.Reads(Query, false));
            Row(text, Query, $"{scenario} p50", P50(sqlite, scenario), P50(postgres, scenario), Ms, lowerIsBetter: true, Within, Load(sqlite, postgres));
        }
        var (sw, pw) = (results.Writes(true), results.Writes(false));
        var load = LoadPair(Median(sw.Select(w => Load1(w.Load))), Median(pw.Select(w => Load1(w.Load))));
        Row(text, "writes", "create p50", Median(sw.Select(w => WriteReport.Percentile(w.Creates, 50))), Median(pw.Select(w => WriteReport.Percentile(w.Creates, 50))), Ms, true, Within, load);
        Row(text, "writes", "edit p50", Median(sw.Select(w => WriteReport.Percentile(w.Edits, 50))), Median(pw.Select(w => WriteReport.Percentile(w.Edits, 50))), Ms, true, Within, load);
        var writers = sw.Concat(pw).FirstOrDefault()?.Plan;
        Row(text, "writes", $"{writers?.Writers} writers, {writers?.Seconds} s, writes/s", Median(sw.Select(w => w.Concurrent.WritesPerSecond)),
            Median(pw.Select(w => w.Concurrent.WritesPerSecond)), v => v.ToString("F1", c), false, 1 / Within, load);
        Row(text, "writes", "related fresh after a create, p50", Median(sw.Select(w => WriteReport.Percentile(w.Freshness, 50))),
            Median(pw.Select(w => WriteReport.Percentile(w.Freshness, 50))), Ms, true, Within, load);
        text.Append(c, $"\nWrite errors: SQLite {sw.Sum(w => w.Concurrent.Errors)}, PostgreSQL {pw.Sum(w => w.Concurrent.Errors)} (target 0).\n");
        return text.ToString();
    }

    // Requests/s, shown with its fraction of the same run's raw; compared by that fraction.
    private static void Rate(StringBuilder text, ComparisonResults results, string run, string scenario, double? atLeast)
    {
        var (sqlite, postgres) = (results.Reads(run, true), results.Reads(run, false));
        double? Figure(RunReport r) => scenario == Scenarios.Raw ? r.Raw.RequestsPerSecond
            : r.Outcomes.FirstOrDefault(o => o.Name == scenario)?.Result?.RequestsPerSecond;
        double? OfRaw(RunReport r) => Figure(r) / r.Raw.RequestsPerSecond;
        var (s, p) = (Median(sqlite.Select(Figure)), Median(postgres.Select(Figure)));
        var (sr, pr) = (Median(sqlite.Select(OfRaw)), Median(postgres.Select(OfRaw)));
        var ratio = scenario == Scenarios.Raw ? p / s : pr / sr;
        var target = atLeast is { } min ? $"≥ {min:F2}" : "";
        var met = atLeast is null || ratio is null ? "" : ratio >= atLeast ? "met" : $"missed, {ratio / atLeast:F2} of the bound";
        var name = scenario == Scenarios.Raw ? "raw req/s" : $"{scenario} req/s";
        text.Append(CultureInfo.InvariantCulture,
            $"| {run} | {name} | {Rate(s)} ({sr:F2} × raw) | {Rate(p)} ({pr:F2} × raw) | {ratio:F2} | {target} | {met} | {Load(sqlite, postgres)} |\n");
    }

    private static void Row(StringBuilder text, string run, string name, double? sqlite, double? postgres, Func<double, string> format,
        bool lowerIsBetter, double bound, string load)
    {
        // A related list never fresh within the run's limit is infinite: no ratio, and the target missed.
        var ratio = sqlite is { } s && postgres is { } p && double.IsFinite(s) && double.IsFinite(p) ? p / s : (double?)null;
        var met = ratio is null ? "n/a" : (lowerIsBetter ? ratio <= bound : ratio >= bound) ? "met"
            : $"missed, {(lowerIsBetter ? ratio / bound : bound / ratio):F1}× the bound";
        text.Append(CultureInfo.InvariantCulture,
            $"| {run} | {name} | {Show(sqlite, format)} | {Show(postgres, format)} | {ratio:F2} | {(lowerIsBetter ? "≤" : "≥")} {bound:F2} | {met} | {load} |\n");
    }

    private static double? P50(List<RunReport> reports, string scenario) =>
        Median(reports.Select(r => r.Outcomes.FirstOrDefault(o => o.Name == scenario)?.Result?.P50.TotalMilliseconds));

    private static string Load(List<RunReport> sqlite, List<RunReport> postgres) =>
        LoadPair(Median(sqlite.Select(r => Load1(r.LoadAverage))), Median(postgres.Select(r => Load1(r.LoadAverage))));

    private static double? Load1(string loadAverage) => double.Parse(loadAverage.Split(' ')[0], CultureInfo.InvariantCulture);

    private static string LoadPair(double? sqlite, double? postgres) =>
        string.Create(CultureInfo.InvariantCulture, $"{sqlite:F1} / {postgres:F1}");

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double? Median(IEnumerable<double> values) => Median(values.Select(v => (double?)v));

    private static string Show(double? value, Func<double, string> format) =>
        value is not { } v ? "n/a" : double.IsFinite(v) ? format(v) : "not within 10 s";

    private static string Rate(double? perSecond) => perSecond is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string Ms(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:F1} ms";
}
