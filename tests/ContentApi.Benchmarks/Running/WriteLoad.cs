using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>What an editor does through the API: create articles like existing ones, edit them, and watch the related lists catch up.</summary>
public sealed class WriteLoad(HttpClient http, IReadOnlyList<WriteLoad.Sample> samples)
{
    public sealed record Sample(string Slug, string Title, string BodyHtml, string? Author, IReadOnlyList<string> Tags);

    public sealed record Written(string Url, string ETag, string Slug);

    public sealed record Concurrent(int Writes, int Errors, int Unavailable, double WritesPerSecond, List<double> Latencies);

    private static readonly TimeSpan FreshnessLimit = TimeSpan.FromSeconds(10);
    private int _count;

    /// <summary>Published articles that have an author, tags and a body, read as an editor would see them.</summary>
    public static async Task<IReadOnlyList<Sample>> SampleAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var list = await http.GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=50&fields=slug", cancellationToken);
        var samples = new List<Sample>();
        foreach (var slug in list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!))
        {
            var a = await http.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{slug}", cancellationToken);
            if (a.GetProperty("bodyHtml").GetString() is { } body && a.GetProperty("author").ValueKind == JsonValueKind.Object)
            {
                samples.Add(new(slug, a.GetProperty("title").GetString()!, body, a.GetProperty("author").GetProperty("slug").GetString(),
                    a.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()!).ToList()));
            }
        }
        return samples.Count >= 6 ? samples : throw new InvalidOperationException("Too few articles with an author and a body to write like them.");
    }

    public Task<Written> CreateAsync(CancellationToken cancellationToken) => CreateLikeAsync(samples[0], cancellationToken);

    public async Task<Written> CreateLikeAsync(Sample like, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        using var response = await http.PostAsJsonAsync("/api/v1/articles",
            new { title = $"{like.Title} ({n})", bodyHtml = like.BodyHtml, status = "published", author = like.Author, tags = like.Tags }, cancellationToken);
        await EnsureAsync(response, cancellationToken);
        var slug = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("slug").GetString()!;
        return new(response.Headers.Location!.ToString(), response.Headers.ETag!.ToString(), slug);
    }

    public async Task<Written> EditAsync(Written item, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, item.Url)
        {
            Content = JsonContent.Create(new { excerpt = $"Edited at {DateTime.UtcNow:O}.", title = $"Edited {item.Slug}" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", item.ETag);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return item with { ETag = response.Headers.ETag!.ToString() };
    }

    public static async Task<T> TimedAsync<T>(List<double> times, Func<Task<T>> write)
    {
        var clock = Stopwatch.StartNew();
        var result = await write();
        times.Add(clock.Elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// Creates an article like an existing one and times until the worker has refreshed its lists: its
    /// own list then holds computed items (score above 0; before, only the newest articles fill it).
    /// The same refresh recomputes its best candidates' lists and those that held it.
    /// </summary>
    public async Task<List<double>> RelatedFreshnessAsync(int times, CancellationToken cancellationToken)
    {
        var delays = new List<double>();
        foreach (var like in samples.Skip(1).Take(times))
        {
            var created = await CreateLikeAsync(like, cancellationToken);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < FreshnessLimit)
            {
                var related = await http.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{created.Slug}/related?limit=24", cancellationToken);
                if (related.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("score").GetDouble() > 0))
                {
                    delays.Add(clock.Elapsed.TotalMilliseconds);
                    break;
                }
                await Task.Delay(20, cancellationToken);
            }
            if (clock.Elapsed >= FreshnessLimit)
            {
                Console.WriteLine($"  {created.Slug}: no computed related item within {FreshnessLimit.TotalSeconds} s");
                delays.Add(double.PositiveInfinity);
            }
        }
        return delays;
    }

    /// <summary>Each writer creates an article, then edits it, again and again, for the duration.</summary>
    public async Task<Concurrent> ConcurrentAsync(int writers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var (ok, errors, unavailable) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                try
                {
                    var item = await CreateLikeAsync(samples[w % samples.Count], cancellationToken);
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                    started = clock.Elapsed;
                    await EditAsync(item, cancellationToken);
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                    Interlocked.Add(ref ok, 2);
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref errors);
                    if (e.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
                    {
                        Interlocked.Increment(ref unavailable);
                    }
                }
            }
        }, cancellationToken)));
        return new(ok, errors, unavailable, ok / clock.Elapsed.TotalSeconds, [.. latencies]);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
    }
}
