using System.Text.Json;

namespace ContentApi.Tests.Infrastructure;

public static class ListJson
{
    public static List<JsonElement> Items(this JsonElement list) => list.GetProperty("items").EnumerateArray().ToList();

    public static List<string> Slugs(this JsonElement list) => list.Items().Select(i => i.GetProperty("slug").GetString()!).ToList();

    public static string? NextCursor(this JsonElement list) => list.GetProperty("meta").GetProperty("nextCursor").GetString();

    /// <summary>Follows meta.nextCursor from the first page to the last, collecting slugs.</summary>
    public static async Task<List<string>> WalkCursorsAsync(this HttpClient client, string url, int pageSize)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var page = await (await client.GetAsync($"{url}{separator}pageSize={pageSize}")).ReadJsonAsync();
        var slugs = page.Slugs();
        for (var guard = 0; page.NextCursor() is { } cursor && guard < 100; guard++)
        {
            page = await (await client.GetAsync($"{url}{separator}pageSize={pageSize}&after={Uri.EscapeDataString(cursor)}")).ReadJsonAsync();
            slugs.AddRange(page.Slugs());
        }
        return slugs;
    }
}
