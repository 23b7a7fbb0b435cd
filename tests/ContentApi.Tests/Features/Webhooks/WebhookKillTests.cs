using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Webhooks;

/// <summary>
/// The API as a real process, killed with SIGKILL while deliveries are in flight, then started again
/// on the same database: every event still arrives, signed, and repeats carry the same webhook-id.
/// </summary>
public sealed class WebhookKillTests : IDisposable
{
    private static readonly string ApiUrl = $"http://127.0.0.1:{5161 + TestDatabase.PortOffset}";
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly LoopbackReceiver _receiver = LoopbackReceiver.Start(5168 + TestDatabase.PortOffset);
    private Process? _api;

    [Fact]
    public async Task No_event_is_lost_when_the_api_is_killed_mid_delivery()
    {
        _receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new HttpClient { BaseAddress = new Uri(ApiUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriteApiFactory.WriteKey);
        _api = await StartApiAsync(client);
        var (_, secret) = await client.SubscribeAsync(_receiver.Url + "/hook", "author.*");
        var authors = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            authors.Add(await client.CreateAuthorAsync($"Killed Mid Delivery {i}"));
        }
        await Eventually.HoldsAsync(() => !_receiver.Arrived.IsEmpty, "a delivery is in flight");

        _api.Kill();
        await _api.WaitForExitAsync();
        _receiver.Hold.SetResult();
        _api = await StartApiAsync(client);

        await Eventually.HoldsAsync(() => Delivered().Count == authors.Count, "every event delivered after the restart", seconds: 120);
        var received = _receiver.At("/hook");
        Assert.All(received, r => Assert.True(LoopbackReceiver.Verifies(secret, r), "signature verifies"));
        var ids = received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("id").GetInt32()).Distinct().Order();
        Assert.Equal(authors.Order(), ids);
        // Repeats (the in-flight ones sent again) carry the same id and bytes; each event has one id.
        Assert.All(received.GroupBy(r => r.Id), g => Assert.Single(g.Select(r => r.Body).Distinct()));
        Assert.Equal(authors.Count, received.Select(r => r.Id).Distinct().Count());
        var cutShort = received.Where(r => r.AnsweredWith == 0).Select(r => r.Id).ToList();
        Assert.NotEmpty(cutShort);
        Assert.All(cutShort, id => Assert.Contains(id, Delivered()));
    }

    private HashSet<string> Delivered() => _receiver.At("/hook").Where(r => r.AnsweredWith == 200).Select(r => r.Id).ToHashSet();

    private async Task<Process> StartApiAsync(HttpClient client)
    {
        var start = new ProcessStartInfo("dotnet", [ApiDll()]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = ApiUrl;
        foreach (var (key, value) in _database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        start.Environment["Auth__BootstrapWriteKey"] = WriteApiFactory.WriteKey;
        start.Environment["Webhooks__AllowPrivateNetworks"] = "true";
        start.Environment["Webhooks__TimeoutSeconds"] = "300";
        start.Environment["Webhooks__RetryDelaySeconds"] = "0.2";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(process.HasExited, $"the API exited with {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the API answers", seconds: 120);
        return process;
    }

    /// <summary>The API's own build output, next to this test project's (same configuration).</summary>
    private static string ApiDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output;
        while (!File.Exists(Path.Combine(root.FullName, "ContentApi.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("ContentApi.sln not found above the test output.");
        }
        return Path.Combine(root.FullName, "src", "ContentApi", "bin", configuration, framework, "ContentApi.dll");
    }

    public void Dispose()
    {
        if (_api is { HasExited: false })
        {
            _api.Kill();
            _api.WaitForExit();
        }
        _api?.Dispose();
        _receiver.Dispose();
        _database.Dispose();
    }
}
