using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The article every scenario uses, as the API serves it: its slug, ETag, first tag, author (and the
/// author's surname), a word of its title and its bytes; and, when asked for, the cursor that reaches page 5,000 of the main list.
/// </summary>
public sealed record ProbedArticle(string Slug, string? ETag, string? TagSlug, string? AuthorSlug, string? SearchWord, byte[] Body, int RelatedCount)
{
    public const string MainList = "/api/v1/articles?pageSize=15";
    public const int FarPage = 5_000;

    /// <summary>How many pages <see cref="MainList"/> has: page 5,000 of a smaller list is an empty page.</summary>
    public int MainListPages { get; init; }

    /// <summary>The last word of the author's name: a person readers search for.</summary>
    public string? AuthorSurname { get; init; }

    /// <summary>The <c>after</c> value of page 5,000 of <c>/api/v1/articles?pageSize=15</c>.</summary>
    public string? Page5000Cursor { get; init; }

    /// <summary>Why there is no such cursor, when the walk found none.</summary>
    public string? Page5000Missing { get; init; }

    /// <summary>
    /// The newest published article that has editor's picks (so "related" does real work), or the
    /// newest one when none in the first 100 has any.
    /// </summary>
    public static async Task<ProbedArticle> FindAsync(HttpClient api, bool walkToPage5000, CancellationToken cancellationToken)
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
        var root = article.RootElement;
        var tags = root.GetProperty("tags");
        var tagSlug = tags.GetArrayLength() > 0 ? tags[0].GetProperty("slug").GetString() : null;
        var author = root.GetProperty("author");
        var authorSlug = author.ValueKind == JsonValueKind.Object ? author.GetProperty("slug").GetString() : null;
        var authorSurname = author.ValueKind == JsonValueKind.Object ? LastWord(author.GetProperty("name").GetString()) : null;
        using var mainList = await api.GetFromJsonAsync<JsonDocument>(MainList, cancellationToken);
        var probed = new ProbedArticle(slug, response.Headers.ETag?.ToString(), tagSlug, authorSlug,
            FirstLongWord(root.GetProperty("title").GetString()), body, relatedCount)
        {
            MainListPages = mainList!.RootElement.GetProperty("meta").GetProperty("pages").GetInt32(),
            AuthorSurname = authorSurname,
        };
        if (!walkToPage5000)
        {
            return probed;
        }
        if (probed.MainListPages < FarPage)
        {
            return probed with { Page5000Missing = $"the list has only {probed.MainListPages:N0} pages" };
        }
        var (cursor, missing) = await CursorWalk.ToPageAsync(api, MainList, FarPage, cancellationToken);
        return probed with { Page5000Cursor = cursor, Page5000Missing = missing };
    }

    private static string? LastWord(string? name) =>
        name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();

    // The first word of 5 letters or more: long enough to be a real term, not a stop word.
    private static string? FirstLongWord(string? title) =>
        title is null ? null
            : new string(title.Select(c => char.IsLetter(c) ? c : ' ').ToArray())
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(word => word.Length >= 5)?.ToLowerInvariant();
}
