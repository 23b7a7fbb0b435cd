using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Benchmarks.Running;

/// <summary>The figures read from wrk's --latency report.</summary>
public sealed partial record WrkResult(long Requests, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long BadResponses, string? SocketErrors)
{
    /// <summary>
    /// The server's CPU time (user and system, every core) over the measured run, divided by the requests
    /// wrk completed: what one request costs the server whatever else shares the machine. Null when not measured.
    /// </summary>
    public TimeSpan? ServerCpuPerRequest { get; init; }

    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rate = RequestsPerSecondLine().Match(output);
        var requests = RequestsLine().Match(output);
        if (!rate.Success || !requests.Success)
        {
            throw new FormatException($"wrk printed no request count or Requests/sec:\n{output}");
        }
        var bad = BadResponsesLine().Match(output);
        var socket = SocketErrorsLine().Match(output);
        return new WrkResult(
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"),
            Percentile(output, "99%"),
            bad.Success ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? socket.Groups[1].Value.Trim() : null);
    }

    // Under "Latency Distribution": "     99%    4.72ms".
    private static TimeSpan Percentile(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new FormatException($"wrk printed no {percentile} latency (was --latency given?):\n{output}");
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" => TimeSpan.FromSeconds(value),
            _ => TimeSpan.FromMinutes(value),
        };
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s+(\d+) requests in ", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex BadResponsesLine();

    [GeneratedRegex(@"Socket errors:(.*)")]
    private static partial Regex SocketErrorsLine();
}
