using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Media;

/// <summary>
/// `media`: the published API with a fresh media folder. A 12-megapixel JPEG is uploaded, then: new
/// 1280-wide WebP variants timed one at a time (each a new cache key), 32 new variants asked for at
/// once with the API's RSS sampled, and one cached variant loaded by wrk against the raw Kestrel
/// baseline serving the same bytes from memory.
/// </summary>
public sealed class MediaRun(CommandLine options, RepoPaths paths)
{
    private const string Key = "capi_media-benchmark-key-0123456789abcdef0123456789";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        BenchmarkRun.EnsureApiPublished(paths);
        var (duration, connections, samples) = (options.Number("duration", 5), options.Number("connections", 32), options.Number("samples", 7));
        var scratch = Directory.CreateTempSubdirectory("contentapi-media-bench-");
        try
        {
            var url = UrlOf("api-port");
            await using var api = LocalServers.StartApi(paths, Path.Combine(scratch.FullName, "content.db"), url, Path.Combine(scratch.FullName, "api.log"),
                outputCache: true, LocalServers.NoSeeds(scratch.FullName),
                new Dictionary<string, string> { ["Auth__BootstrapWriteKey"] = Key, ["Media__Path"] = Path.Combine(scratch.FullName, "media") });
            using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
            await api.WaitUntilOkAsync(client, new Uri(url, "/health/ready"), TimeSpan.FromMinutes(2), cancellationToken);
            Console.WriteLine($"load average {await LoadAverage.ReadAsync(cancellationToken)}");

            var jpeg = PhotoLikeJpeg.Make();
            var id = await UploadAsync(client, jpeg, cancellationToken);
            Console.WriteLine($"uploaded a 4000 x 3000 JPEG of {jpeg.Length:N0} bytes as media {id}");

            var timings = new List<double>();
            for (var i = 0; i < samples; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetOkAsync(client, $"/media/{id}/photo.jpg?w=1280&fmt=webp&q={70 + i}", cancellationToken);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"new 1280-wide WebP variant: median {Median(timings):F0} ms of {samples} ({string.Join(", ", timings.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms)");

            await using (var memory = new MemorySampler(api.Id))
            {
                var before = ReadRssKiB(api.Id);
                var watch = Stopwatch.StartNew();
                int[] widths = [160, 320, 480, 640, 800, 960, 1280, 1600];
                await Task.WhenAll(Enumerable.Range(0, 32).Select(i => GetOkAsync(client, $"/media/{id}/photo.jpg?w={widths[i % 8]}&fmt=webp&q={50 + i / 8}", cancellationToken)));
                Console.WriteLine($"32 new variants at once: {watch.Elapsed.TotalMilliseconds:N0} ms; RSS {before / 1024:N0} MiB before, {memory.MaxSampledRssKiB / 1024:N0} MiB at most while rendering (sampled every 200 ms), peak since start {memory.PeakRssKiB() / 1024:N0} MiB");
            }

            var variant = $"/media/{id}/photo.jpg?w=640&fmt=webp";
            var body = await client.GetByteArrayAsync(variant, cancellationToken);
            var bodyPath = Path.Combine(scratch.FullName, "variant.webp");
            await File.WriteAllBytesAsync(bodyPath, body, cancellationToken);
            var rawUrl = UrlOf("raw-port");
            await using var baseline = LocalServers.StartBaseline(rawUrl, bodyPath, scratch.FullName);
            await baseline.WaitUntilOkAsync(client, rawUrl, TimeSpan.FromMinutes(1), cancellationToken);
            var wrk = new Wrk(Math.Min(2, connections), connections, scratch.FullName);
            var raw = await LoadAsync(wrk, rawUrl, duration, cancellationToken);
            var cached = await LoadAsync(wrk, new Uri(url, variant), duration, cancellationToken);
            Console.WriteLine($"cached 640-wide WebP ({body.Length:N0} bytes): {cached.RequestsPerSecond:N0} req/s vs raw Kestrel {raw.RequestsPerSecond:N0} req/s = {cached.RequestsPerSecond / raw.RequestsPerSecond:F2}; p50 {cached.P50.TotalMilliseconds:F2} vs {raw.P50.TotalMilliseconds:F2} ms; non-2xx {cached.BadResponses}");
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>A port given on the command line (on a shared machine, one's own range), else a free one.</summary>
    private Uri UrlOf(string option) => options.Text(option) is { } port ? new Uri($"http://127.0.0.1:{port}/") : LocalServers.FreeUrl();

    private static async Task<WrkResult> LoadAsync(Wrk wrk, Uri url, int seconds, CancellationToken cancellationToken)
    {
        await wrk.RunAsync(url, [], 2, measured: false, cancellationToken);
        return (await wrk.RunAsync(url, [], seconds, measured: true, cancellationToken))!;
    }

    private static async Task<int> UploadAsync(HttpClient client, byte[] jpeg, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/media?fileName=photo.jpg") { Content = new ByteArrayContent(jpeg) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32()
            : throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {text}");
    }

    private static async Task GetOkAsync(HttpClient client, string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(pathAndQuery, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{pathAndQuery} answered {(int)response.StatusCode}");
        }
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static long ReadRssKiB(int processId) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
