using System.Globalization;

namespace ContentApi.Features.Import;

/// <summary>What an import did (or, with --dry-run, would do): counts by kind, skipped items with why, warnings by kind, errors.</summary>
public sealed class ImportReport(bool dryRun)
{
    public bool DryRun { get; } = dryRun;
    public SortedDictionary<string, int> Imported { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> Updated { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> Unchanged { get; } = new(StringComparer.Ordinal);
    public List<string> Skipped { get; } = [];
    public SortedDictionary<string, List<string>> Warnings { get; } = new(StringComparer.Ordinal);
    public List<string> Errors { get; } = [];

    /// <summary>How long each phase took, in order: where an import's time goes.</summary>
    public List<(string Phase, TimeSpan Elapsed)> Phases { get; } = [];

    /// <summary>Nothing failed: every batch committed (or, in a dry run, would have).</summary>
    public bool Succeeded => Errors.Count == 0;

    public static void Count(SortedDictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;

    public void Warn(string kind, string message) =>
        (Warnings.TryGetValue(kind, out var list) ? list : Warnings[kind] = []).Add(message);

    /// <summary>Records the phase that just ended and starts timing the next.</summary>
    public void Ended(string phase, System.Diagnostics.Stopwatch clock)
    {
        Phases.Add((phase, clock.Elapsed));
        clock.Restart();
    }

    public void Write(TextWriter output)
    {
        output.WriteLine(DryRun ? "Dry run: nothing was written. The import would do this:" : Succeeded ? "Import finished." : "Import FAILED:");
        foreach (var error in Errors)
        {
            output.WriteLine($"  error: {error}");
        }
        if (Phases.Count > 0)
        {
            output.WriteLine("phases: " + string.Join(", ", Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Elapsed.TotalSeconds:F1} s"))));
        }
        WriteCounts(output, "imported", Imported);
        WriteCounts(output, "updated", Updated);
        WriteCounts(output, "unchanged", Unchanged);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped: {Skipped.Count}"));
        foreach (var skipped in Skipped)
        {
            output.WriteLine($"  {skipped}");
        }
        foreach (var (kind, messages) in Warnings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings ({kind}): {messages.Count}"));
            foreach (var message in messages.Take(20))
            {
                output.WriteLine($"  {message}");
            }
            if (messages.Count > 20)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {messages.Count - 20} more"));
            }
        }
    }

    private static void WriteCounts(TextWriter output, string label, SortedDictionary<string, int> counts) =>
        output.WriteLine($"{label}: " + (counts.Count == 0 ? "0" : string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key}")))));
}
