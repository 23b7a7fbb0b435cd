namespace ContentApi.Benchmarks.Running;

/// <summary>The 1, 5 and 15 minute load averages: how busy the shared machine was while measuring.</summary>
public static class LoadAverage
{
    public static async Task<string> ReadAsync(CancellationToken cancellationToken) =>
        string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ')[..3]);
}
