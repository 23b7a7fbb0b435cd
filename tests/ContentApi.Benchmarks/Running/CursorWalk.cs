using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>Follows <c>meta.nextCursor</c> from a list's first page, as a client paging by cursor would.</summary>
public static class CursorWalk
{
    /// <returns>The <c>after</c> value that answers page <paramref name="page"/>, or why there is none.</returns>
    public static async Task<(string? After, string? Missing)> ToPageAsync(HttpClient api, string firstPage, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        Console.WriteLine($"Walking {firstPage} by cursor to page {page:N0} ({page - 1:N0} requests)");
        var clock = Stopwatch.StartNew();
        string? after = null;
        for (var current = 1; current < page; current++)
        {
            var url = after is null ? firstPage : $"{firstPage}&after={Uri.EscapeDataString(after)}";
            using var answer = await api.GetFromJsonAsync<JsonDocument>(url, cancellationToken)
                ?? throw new InvalidOperationException($"{url} answered no JSON.");
            var next = answer.RootElement.GetProperty("meta").GetProperty("nextCursor");
            if (next.ValueKind != JsonValueKind.String)
            {
                var missing = $"the list has only {current:N0} pages";
                Console.WriteLine($"  {missing}");
                return (null, missing);
            }
            after = next.GetString();
            if (current % 500 == 0)
            {
                Console.WriteLine($"  page {current,6:N0}  {clock.Elapsed.TotalSeconds,5:F1} s");
            }
        }
        Console.WriteLine($"  page {page:N0} reached in {clock.Elapsed.TotalSeconds:F1} s");
        return (after, null);
    }
}
