using System.Net.Http.Json;

namespace ContentApi.Benchmarks.Editing;

/// <summary>One editor saving an article every interval, round the newest ones (the articles readers read most), until stopped.</summary>
public sealed class PeriodicEditor(HttpClient http, IReadOnlyList<string> slugs, TimeSpan interval)
{
    public int Saves { get; private set; }
    public int Errors { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await SaveAsync(slugs[Saves % slugs.Count], stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task SaveAsync(string slug, CancellationToken stop)
    {
        using var current = await http.GetAsync($"/api/v1/articles/{slug}?preview=true", stop);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{slug}")
        {
            Content = JsonContent.Create(new { excerpt = $"Edited at {DateTime.UtcNow:O}." }),
        };
        patch.Content.Headers.ContentType = new("application/merge-patch+json");
        patch.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag?.ToString());
        using var saved = await http.SendAsync(patch, stop);
        if (saved.IsSuccessStatusCode)
        {
            Saves++;
        }
        else
        {
            Errors++;
            Console.WriteLine($"  save of {slug}: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync(stop)}");
        }
    }
}
