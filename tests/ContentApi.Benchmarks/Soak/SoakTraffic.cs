using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Soak;

/// <summary>
/// What readers ask for, in proportions like a site's: articles and lists most, then related
/// lists, conditional GETs, searches, authors, tags and forms. Drawn from what the API itself lists.
/// </summary>
public sealed class SoakTraffic(IReadOnlyList<string> slugs, IReadOnlyList<string> authors, IReadOnlyList<string> words)
{
    private static readonly (string Kind, int Weight)[] Mix =
    [
        ("article", 30), ("list", 15), ("filtered", 8), ("related", 12), ("conditional", 12),
        ("search", 8), ("author", 6), ("authorArticles", 4), ("tags", 2), ("site", 2), ("forms", 1),
    ];

    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);

    public static async Task<SoakTraffic> ProbeAsync(HttpClient api, CancellationToken cancellationToken)
    {
        using var list = await api.GetFromJsonAsync<JsonDocument>("/api/v1/articles?pageSize=100&include=author", cancellationToken);
        var items = list!.RootElement.GetProperty("items").EnumerateArray().ToList();
        var slugs = items.Select(i => i.GetProperty("slug").GetString()!).ToList();
        var authors = items.Select(i => i.GetProperty("author")).Where(a => a.ValueKind == JsonValueKind.Object)
            .Select(a => a.GetProperty("slug").GetString()!).Distinct().ToList();
        var words = items.SelectMany(i => i.GetProperty("title").GetString()!.Split(' ')).Where(w => w.Length >= 5 && w.All(char.IsLetter)).Distinct().Take(200).ToList();
        return new SoakTraffic(slugs, authors.Count > 0 ? authors : ["unknown"], words.Count > 0 ? words : ["syria"]);
    }

    /// <summary>A request of a kind drawn by weight, and the status that means it went right.</summary>
    public (string Kind, HttpRequestMessage Request, HttpStatusCode Expected) Next(Random random)
    {
        var kind = Draw(random);
        var slug = slugs[random.Next(slugs.Count)];
        var author = authors[random.Next(authors.Count)];
        var url = kind switch
        {
            "article" or "conditional" => $"/api/v1/articles/{slug}",
            "list" => $"/api/v1/articles?page={random.Next(1, 20)}&pageSize=15",
            "filtered" => $"/api/v1/articles?author={author}&pageSize=10",
            "related" => $"/api/v1/articles/{slug}/related",
            "search" => $"/api/v1/search?q={Uri.EscapeDataString(words[random.Next(words.Count)])}",
            "author" => $"/api/v1/authors/{author}",
            "authorArticles" => $"/api/v1/authors/{author}/articles?pageSize=10",
            "tags" => "/api/v1/tags",
            "site" => "/api/v1/site",
            _ => "/api/v1/donation-forms",
        };
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        string? etag;
        lock (_etags)
        {
            _etags.TryGetValue(url, out etag);
        }
        if (kind == "conditional" && etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        return (kind, request, kind == "conditional" && etag is not null ? HttpStatusCode.NotModified : HttpStatusCode.OK);
    }

    /// <summary>Remembers the ETag of what was read, for the conditional GETs that follow; an edit makes it stale (then 200 is right too).</summary>
    public void Remember(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (response.Headers.ETag is { } tag)
        {
            lock (_etags)
            {
                _etags[request.RequestUri!.OriginalString] = tag.ToString();
            }
        }
    }

    private static string Draw(Random random)
    {
        var pick = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if ((pick -= weight) < 0)
            {
                return kind;
            }
        }
        return Mix[0].Kind;
    }
}
