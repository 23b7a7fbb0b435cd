using System.Globalization;

namespace ContentApi.Benchmarks;

/// <summary>"--name value" pairs, read by name; nothing else is accepted.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value', got '{args[i]}'.");
            }
            _values[args[i][2..]] = args[i + 1];
        }
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int? fallback = null, int min = 1)
    {
        if (Text(name) is not { } text)
        {
            return fallback ?? throw new ArgumentException($"--{name} is required.");
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new ArgumentException($"--{name} must be a whole number from {min}, got '{text}'.");
    }

    /// <summary>"on" or "off".</summary>
    public bool Switch(string name, bool fallback) => Text(name) switch
    {
        null => fallback,
        "on" => true,
        "off" => false,
        var text => throw new ArgumentException($"--{name} must be on or off, got '{text}'."),
    };

    public string Path(string name) =>
        System.IO.Path.GetFullPath(Text(name) ?? throw new ArgumentException($"--{name} is required."));
}
