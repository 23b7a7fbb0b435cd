using System.Globalization;

namespace ContentApi.Benchmarks.Running;

/// <summary>Samples a process's resident memory every 200 ms; reads the kernel's own peak (VmHWM) at the end.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly string _statusPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _maxRssKiB;

    public MemorySampler(int processId)
    {
        _statusPath = $"/proc/{processId}/status";
        _sampling = SampleAsync();
    }

    public long MaxSampledRssKiB => Interlocked.Read(ref _maxRssKiB);

    /// <summary>The peak resident set size since the process started, in KiB.</summary>
    public long PeakRssKiB() => Read("VmHWM:");

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            do
            {
                var rss = Read("VmRSS:");
                if (rss > Interlocked.Read(ref _maxRssKiB))
                {
                    Interlocked.Exchange(ref _maxRssKiB, rss);
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }

    // Lines look like "VmHWM:	  123456 kB". 0 once the process is gone.
    private long Read(string field)
    {
        try
        {
            var line = File.ReadLines(_statusPath).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
