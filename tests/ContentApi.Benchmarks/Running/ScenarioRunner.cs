using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>Checks a scenario answers what it should, then loads it with wrk: a warm-up, then the measured run.</summary>
public sealed class ScenarioRunner(RunSettings settings, Wrk wrk, HttpClient api, ChildProcess apiProcess)
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);

    public async Task<ScenarioOutcome> RunAsync(Scenario scenario, ProbedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var request = scenario.Request(article);
        if (request.SkipReason is { } reason)
        {
            Console.WriteLine($"{scenario.Name}: skipped, {reason}");
            return new ScenarioOutcome(scenario.Name, null, reason);
        }
        // Measuring a 404 or a 400 would be fast and meaningless: check the answer first.
        using var probe = new HttpRequestMessage(HttpMethod.Get, request.PathAndQuery);
        foreach (var (name, value) in request.Headers)
        {
            probe.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await api.SendAsync(probe, cancellationToken);
        if ((int)response.StatusCode != request.ExpectedStatus)
        {
            var note = $"answered {(int)response.StatusCode}, expected {request.ExpectedStatus}";
            Console.WriteLine($"{scenario.Name}: skipped, {note}");
            return new ScenarioOutcome(scenario.Name, null, note);
        }
        var total = TotalOf(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var (result, busy) = await LoadAsync(scenario.Name, new Uri(api.BaseAddress!, request.PathAndQuery), request.Headers, cancellationToken);
        return new ScenarioOutcome(scenario.Name, result, busy ?? Problems(result)) { PathAndQuery = request.PathAndQuery, Total = total };
    }

    /// <param name="server">The process whose CPU time is measured, the API unless given (the raw baseline).</param>
    /// <returns>wrk's figures, and a warning when the API was still busy with earlier work when the run began.</returns>
    public async Task<(WrkResult Result, string? Busy)> LoadAsync(
        string name, Uri url, IReadOnlyList<(string Name, string Value)> headers, CancellationToken cancellationToken, ChildProcess? server = null)
    {
        server ??= apiProcess;
        Console.WriteLine($"{name}: {url}");
        if (settings.WarmupSeconds > 0)
        {
            await apiProcess.WaitUntilIdleAsync(IdleTimeout, cancellationToken);
            await wrk.RunAsync(url, headers, settings.WarmupSeconds, measured: false, cancellationToken);
        }
        var idle = await apiProcess.WaitUntilIdleAsync(IdleTimeout, cancellationToken);
        var cpuBefore = server.CpuTime();
        var result = (await wrk.RunAsync(url, headers, settings.DurationSeconds, measured: true, cancellationToken))!;
        var cpu = server.CpuTime() - cpuBefore;
        result = result with { ServerCpuPerRequest = result.Requests > 0 ? cpu / result.Requests : null };
        Console.WriteLine($"  {result.RequestsPerSecond:N0} req/s, p50 {result.P50.TotalMilliseconds:F2} ms, p99 {result.P99.TotalMilliseconds:F2} ms, "
            + $"server CPU {result.ServerCpuPerRequest?.TotalMicroseconds:N0} µs/request");
        return (result, idle ? null : $"the API was still busy with earlier requests after {IdleTimeout.TotalMinutes} min; figures are low");
    }

    // A list's meta.total says how much work a filter or search had to do; null for items and cursor pages.
    private static int? TotalOf(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("meta", out var meta)
                && meta.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number
                ? total.GetInt32()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? Problems(WrkResult result) =>
        result.Requests == 0 ? $"no request completed within the {settings.DurationSeconds} s run"
        : result.BadResponses > 0 || result.SocketErrors is not null
            ? $"{result.BadResponses:N0} non-2xx/3xx responses; socket errors: {result.SocketErrors ?? "none"}"
        : null;
}
