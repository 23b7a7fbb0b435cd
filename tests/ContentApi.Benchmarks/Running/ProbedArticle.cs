using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>The article every scenario uses, as the API serves it: its slug, ETag, first tag and bytes.</summary>
public sealed record ProbedArticle(string Slug, string? ETag, string? TagSlug, byte[] Body, int RelatedCount)
{
    /// <summary>
    /// The newest published article that has editor's picks (so "related" does real work), or the
    /// newest one when none in the first 100 has any.
    /// </summary>
    public static async Task<ProbedArticle> FindAsync(HttpClient api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var list = await api.GetFromJsonAsync<JsonDocument>("/api/v1/articles?pageSize=100", cancellationToken)
            ?? throw new InvalidOperationException("The article list was empty.");
        var slugs = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
        if (slugs.Count == 0)
        {
            throw new InvalidOperationException("The API serves no published article.");
        }

        var (slug, relatedCount) = (slugs[0], 0);
        foreach (var candidate in slugs)
        {
            using var related = await api.GetFromJsonAsync<JsonDocument>($"/api/v1/articles/{candidate}/related", cancellationToken);
            var total = related!.RootElement.GetProperty("meta").GetProperty("total").GetInt32();
            if (total > 0)
            {
                (slug, relatedCount) = (candidate, total);
                break;
            }
        }

        using var response = await api.GetAsync($"/api/v1/articles/{slug}", cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var article = JsonDocument.Parse(body);
        var tags = article.RootElement.GetProperty("tags");
        var tagSlug = tags.GetArrayLength() > 0 ? tags[0].GetProperty("slug").GetString() : null;
        return new ProbedArticle(slug, response.Headers.ETag?.ToString(), tagSlug, body, relatedCount);
    }
}
