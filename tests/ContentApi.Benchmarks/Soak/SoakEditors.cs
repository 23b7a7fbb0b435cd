using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ContentApi.Benchmarks.Soak;

/// <summary>
/// Editors at work: each has its own published article and changes it at a steady pace (read the
/// ETag, PATCH with If-Match). Every write evicts the output cache, so readers keep meeting misses.
/// </summary>
public sealed class SoakEditors(HttpClient api, string key, SoakStats stats)
{
    public async Task RunAsync(int editor, TimeSpan interval, CancellationToken stop)
    {
        var slug = $"soak-editor-{editor}-{Guid.NewGuid():N}"[..32];
        await SendAsync("create", () => Request(HttpMethod.Post, "/api/v1/articles",
            JsonContent.Create(new { title = $"Soak editor {editor}", slug, bodyMarkdown = "A *first* version.", status = "published" })), HttpStatusCode.Created, stop);
        using var pace = new PeriodicTimer(interval);
        for (var edit = 1; await Tick(pace, stop); edit++)
        {
            var read = await SendAsync("editorRead", () => Request(HttpMethod.Get, $"/api/v1/articles/{slug}?preview=true", null), HttpStatusCode.OK, stop);
            if (read?.Headers.ETag is not { } etag)
            {
                continue;
            }
            var body = new StringContent($"{{\"excerpt\":\"Edit {edit} by editor {editor}.\",\"bodyMarkdown\":\"Version {edit} of a *soak* article.\"}}",
                Encoding.UTF8, "application/merge-patch+json");
            await SendAsync("write", () =>
            {
                var patch = Request(HttpMethod.Patch, $"/api/v1/articles/{slug}", body);
                patch.Headers.IfMatch.Add(etag);
                return patch;
            }, HttpStatusCode.OK, stop);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private async Task<HttpResponseMessage?> SendAsync(string kind, Func<HttpRequestMessage> request, HttpStatusCode expected, CancellationToken stop)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var response = await api.SendAsync(request(), stop);
            await response.Content.LoadIntoBufferAsync(stop);
            stats.Record(kind, System.Diagnostics.Stopwatch.GetElapsedTime(started),
                response.StatusCode == expected ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(stop)}");
            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !stop.IsCancellationRequested))
        {
            stats.Record(kind, System.Diagnostics.Stopwatch.GetElapsedTime(started), exception.Message);
            return null;
        }
    }

    private static async Task<bool> Tick(PeriodicTimer pace, CancellationToken stop)
    {
        try
        {
            return await pace.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
