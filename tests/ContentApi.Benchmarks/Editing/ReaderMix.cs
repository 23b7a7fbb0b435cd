using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContentApi.Benchmarks.Editing;

/// <summary>
/// What the readers ask for, weighted by repetition: mostly article pages (the newest most), then
/// their related lists, list pages, tag and author lists and items, search, feeds and sitemaps.
/// wrk picks a path at random per request and counts an answer carrying `Age` (served from the
/// output cache; the cache adds it only then) as a hit.
/// </summary>
public static class ReaderMix
{
    public static async Task<IReadOnlyList<string>> BuildAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var slugs = new List<string>();
        var titles = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var list = await http.GetFromJsonAsync<JsonElement>($"/api/v1/articles?pageSize=100&page={page}&fields=slug,title", cancellationToken);
            foreach (var item in list.GetProperty("items").EnumerateArray())
            {
                slugs.Add(item.GetProperty("slug").GetString()!);
                titles.Add(item.GetProperty("title").GetString()!);
            }
        }
        var tags = await SlugsAsync(http, "/api/v1/tags?pageSize=20", cancellationToken);
        var authors = await SlugsAsync(http, "/api/v1/authors?pageSize=20", cancellationToken);
        var words = titles.SelectMany(t => t.Split(' ')).Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant())
            .Where(w => w.Length >= 6).Distinct().Take(20).ToList();

        var paths = new List<string>();
        paths.AddRange(slugs.SelectMany((s, i) => Enumerable.Repeat($"/api/v1/articles/{s}", i < 100 ? 4 : 1)));
        paths.AddRange(slugs.Take(100).Select(s => $"/api/v1/articles/{s}/related"));
        paths.AddRange(Enumerable.Range(1, 5).SelectMany(p => Enumerable.Repeat($"/api/v1/articles?page={p}", 20 / p)));
        paths.AddRange(tags.SelectMany(t => new[] { $"/api/v1/tags/{t}/articles", $"/api/v1/articles?tag={t}", $"/api/v1/tags/{t}" }));
        paths.AddRange(authors.SelectMany(a => new[] { $"/api/v1/authors/{a}/articles", $"/api/v1/authors/{a}" }));
        paths.AddRange(words.SelectMany(w => Enumerable.Repeat($"/api/v1/search?q={w}", 2)));
        paths.AddRange(new[] { "/api/v1/feeds/rss.xml", "/api/v1/feeds/atom.xml", "/api/v1/feeds/feed.json" }.SelectMany(f => Enumerable.Repeat(f, 10)));
        paths.AddRange(["/sitemap.xml", "/news-sitemap.xml", "/api/v1/tags", "/api/v1/authors", "/api/v1/site"]);
        return paths;
    }

    /// <summary>A wrk script: a random path of the mix per request, and the hits and misses of all threads at the end.</summary>
    public static string Script(IReadOnlyList<string> paths)
    {
        var script = new StringBuilder("paths = {\n");
        foreach (var path in paths)
        {
            script.Append(CultureInfo.InvariantCulture, $"  [==[{path}]==],\n");
        }
        script.Append("""
            }
            local threads = {}
            local next_id = 1
            function setup(thread) thread:set("id", next_id); next_id = next_id + 1; table.insert(threads, thread) end
            function init(args) hits = 0; misses = 0; math.randomseed(os.time() * 100 + id) end
            function request() return wrk.format("GET", paths[math.random(#paths)]) end
            function response(status, headers, body)
              if headers["Age"] or headers["age"] then hits = hits + 1 else misses = misses + 1 end
            end
            function done(summary, latency, requests)
              local h, m = 0, 0
              for _, t in ipairs(threads) do h = h + t:get("hits"); m = m + t:get("misses") end
              io.write(string.format("Cache hits: %d misses: %d\n", h, m))
            end
            """);
        return script.ToString();
    }

    private static async Task<List<string>> SlugsAsync(HttpClient http, string url, CancellationToken cancellationToken) =>
        [.. (await http.GetFromJsonAsync<JsonElement>(url, cancellationToken)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
}
