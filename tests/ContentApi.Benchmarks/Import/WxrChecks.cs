using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Running;
using ContentApi.Common.Text;

namespace ContentApi.Benchmarks.Import;

/// <summary>After the import, through HTTP on the imported database: is everything listed, searchable and related?</summary>
internal static class WxrChecks
{
    public static async Task<List<string>> RunAsync(RepoPaths paths, string database, Uri url, WxrGenerator export, string scratch, CancellationToken cancellationToken)
    {
        await using var api = LocalServers.StartApi(paths, database, url, Path.Combine(scratch, "api.log"), outputCache: false, LocalServers.NoSeeds(scratch));
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), TimeSpan.FromMinutes(3), cancellationToken);

        var listed = await TotalAsync(http, "/api/v1/articles?pageSize=1", cancellationToken);
        var searched = await TotalAsync(http, $"/api/v1/search?q={WxrGenerator.EveryPostWord}&pageSize=1", cancellationToken);
        var late = await GetAsync(http, $"/api/v1/search?q={WxrGenerator.LastPostWord}", cancellationToken);
        var lateSlug = late.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).FirstOrDefault();
        var related = (await GetAsync(http, $"/api/v1/articles/{export.LastSlug}/related", cancellationToken)).GetProperty("items").GetArrayLength();
        var words = TopicWords.Topics[^1];
        var grandchild = (await GetAsync(http, $"/api/v1/tags/{Slug.From(words[1])}-local", cancellationToken)).GetProperty("parent").GetString();
        var child = (await GetAsync(http, $"/api/v1/tags/{Slug.From(words[1])}", cancellationToken)).GetProperty("parent").GetString();
        return
        [
            Check(listed == export.Published, $"articles listed: {listed:N0} of {export.Published:N0} published posts"),
            Check(searched == export.Published, $"search for the word every post has: {searched:N0} of {export.Published:N0}"),
            Check(lateSlug == export.LastSlug, $"search for the last post's word finds {lateSlug ?? "nothing"}"),
            Check(related > 0, $"/articles/{export.LastSlug}/related: {related} articles"),
            Check((grandchild, child) == (Slug.From(words[1]), Slug.From(words[0]) + "-desk"), $"category tree: {words[1]}-local → {grandchild} → {child}"),
        ];
    }

    private static string Check(bool ok, string what) => (ok ? "ok      " : "FAILED  ") + what;

    private static async Task<int> TotalAsync(HttpClient http, string path, CancellationToken cancellationToken) =>
        (await GetAsync(http, path, cancellationToken)).GetProperty("meta").GetProperty("total").GetInt32();

    private static async Task<JsonElement> GetAsync(HttpClient http, string path, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<JsonElement>(path, cancellationToken);
}
