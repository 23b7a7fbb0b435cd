using ContentApi.Common.Writes;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Common.Auth;
using ContentApi.Features.Audit;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ContentApi.Tests.Fuzzing;

/// <summary>
/// Walks every operation of the served OpenAPI document with hostile values (see
/// <see cref="FuzzRequestGenerator"/>), as nobody, as the operator and with a wrong key. Fails on
/// any 5xx, any 4xx that is not problem+json, or a server that stops answering. FUZZ_SEED replays
/// a run; FUZZ_VALUES sets how many values each parameter and property gets (default 6).
/// </summary>
public sealed class ApiFuzzTests(ApiFuzzTests.FuzzFactory factory, ITestOutputHelper output) : IClassFixture<ApiFuzzTests.FuzzFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private string _operatorKey = WriteApiFactory.WriteKey;
    private int _unsendable;

    [Fact]
    public async Task EveryOperation_AnswersHostileInputWithoutA5xx_AndRefusesWithProblemJson()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 1414;
        var values = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_VALUES"), out var v) ? v : 6;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = Patience;
        await PrepareAsync(client);
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var generator = new FuzzRequestGenerator(new Random(seed), values);
        var failures = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        foreach (var request in FuzzOperation.AllIn(document).SelectMany(generator.For))
        {
            sent++;
            if (await SendAsync(client, request) is { } failure)
            {
                failures.Add($"{request.Operation.Name} as {request.Caller}, {request.What}: {failure}");
            }
        }

        var health = await client.GetAsync("/health/live");
        output.WriteLine($"fuzz seed {seed} (FUZZ_SEED), {values} values a slot (FUZZ_VALUES): {sent - _unsendable} requests in {clock.Elapsed.TotalSeconds:0} s ({_unsendable} not sendable), {failures.Count} failures");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} of {sent} requests failed:\n{string.Join('\n', failures.Take(40))}");
    }

    private async Task<string?> SendAsync(HttpClient client, FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        var key = request.Caller switch
        {
            FuzzCaller.Operator => _operatorKey,
            FuzzCaller.WrongKey => "capi_not-a-key-0123456789abcdef0123456789abcd",
            _ => null,
        };
        if (key is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.Operation.MediaType!);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message);
        }
        catch (TaskCanceledException)
        {
            return $"no answer within {Patience.TotalSeconds} s";
        }
        catch (InvalidOperationException) when (request.Url.Contains("%00", StringComparison.Ordinal))
        {
            // A NUL in the path never reaches the app: Kestrel refuses the request line itself (the test server throws).
            _unsendable++;
            return null;
        }
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (request.Caller == FuzzCaller.Operator && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // The run revoked its own key (DELETE /keys/{id} is fuzzed too): carry on with a fresh one.
            _operatorKey = await MakeOperatorKeyAsync();
        }
        return status >= 500 ? $"{status} {await response.Content.ReadAsStringAsync()}"
            : status >= 400 && mediaType != "application/problem+json" ? $"{status} as {mediaType ?? "no content type"}"
            : null;
    }

    /// <summary>A tag for the tag routes, and a second key for DELETE /keys/2 to revoke.</summary>
    private async Task PrepareAsync(HttpClient client)
    {
        var tag = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tags") { Content = new StringContent("{\"name\":\"Syria\"}", Encoding.UTF8, "application/json") };
        tag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _operatorKey);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(tag)).StatusCode);
        await MakeOperatorKeyAsync();
    }

    private async Task<string> MakeOperatorKeyAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>()
            .CreateAsync("fuzz-operator", Scopes.All, Actor.System, CancellationToken.None);
        return secret;
    }

    /// <summary>No rate limit: the fuzzer sends far more than a client may, on purpose.</summary>
    public sealed class FuzzFactory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [.. base.Settings, ("RateLimiting:Enabled", "false")];
    }
}
