using System.Text;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Comparing;

/// <summary>Every run of the comparison, by kind of run and provider, in the order they ran.</summary>
public sealed class ComparisonResults
{
    private readonly Dictionary<(string Run, bool Sqlite), List<RunReport>> _reads = [];
    private readonly Dictionary<bool, List<WriteFigures>> _writes = [];
    private readonly StringBuilder _details = new();

    public void Add(string run, DatabaseChoice choice, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(choice);
        Reads(run, choice.IsSqlite).Add(report);
        _details.Append($"## {run}, {choice.Label}\n\n").Append(ResultsTable.Render(report)).Append('\n');
    }

    public void Add(DatabaseChoice choice, WriteFigures figures)
    {
        ArgumentNullException.ThrowIfNull(choice);
        Writes(choice.IsSqlite).Add(figures);
        _details.Append($"## writes, {choice.Label}\n\n").Append(WriteReport.Render(figures)).Append('\n');
    }

    public List<RunReport> Reads(string run, bool sqlite) =>
        _reads.TryGetValue((run, sqlite), out var reports) ? reports : _reads[(run, sqlite)] = [];

    public List<WriteFigures> Writes(bool sqlite) =>
        _writes.TryGetValue(sqlite, out var figures) ? figures : _writes[sqlite] = [];

    public string Details() => _details.ToString();
}
