using System.Globalization;
using Spectre.Console;

namespace ContentApi.Features.Import;

/// <summary>How far the writing pass is: a progress bar on a terminal, plain lines when output is redirected.</summary>
public interface IImportProgress
{
    void Start(int total);
    void Advance(int items);
    void Finish();

    /// <summary>A bar (Spectre.Console) when stderr is a terminal, otherwise a line per tenth of the items.</summary>
    static IImportProgress For(TextWriter error) =>
        Console.IsErrorRedirected ? new PlainProgress(error) : new BarProgress();
}

internal sealed class PlainProgress(TextWriter output) : IImportProgress
{
    private int _total;
    private int _done;
    private int _lastTenth = -1;

    public void Start(int total) => (_total, _done) = (Math.Max(total, 1), 0);

    public void Advance(int items)
    {
        _done += items;
        var tenth = _done * 10 / _total;
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {_done}/{_total} items ({_done * 100 / _total}%)"));
        }
    }

    public void Finish()
    {
    }
}

internal sealed class BarProgress : IImportProgress
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private int _total;
    private int _done;

    public void Start(int total) => (_total, _done) = (Math.Max(total, 1), 0);

    public void Advance(int items)
    {
        _done += items;
        var width = 40;
        var filled = _done * width / _total;
        _console.Markup(string.Create(CultureInfo.InvariantCulture, $"\r[green]{new string('█', filled)}[/]{new string('░', width - filled)} {_done}/{_total} items"));
    }

    public void Finish() => _console.WriteLine();
}
