using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContentApi.Tests.Infrastructure;

/// <summary>The app with a bootstrap write key (Auth:BootstrapWriteKey), and helpers to write through HTTP.</summary>
public class WriteApiFactory : ContentApiFactory
{
    public const string WriteKey = "capi_test-bootstrap-key-0123456789abcdef0123456789";

    public WriteApiFactory()
    {
    }

    /// <summary>A second instance over another factory's database.</summary>
    protected WriteApiFactory(TestDatabase database) : base(database, ownsDatabase: false)
    {
    }

    protected override IEnumerable<(string Key, string Value)> Settings => [("Auth:BootstrapWriteKey", WriteKey)];

    public HttpClient CreateClient(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient CreateWriteClient() => CreateClient(WriteKey);

    /// <summary>Makes a key through the API and returns its secret.</summary>
    public async Task<string> CreateKeyAsync(string name, params string[] scopes)
    {
        var response = await CreateWriteClient().PostAsJsonAsync("/api/v1/keys", new { name, scopes });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}

public static class WriteRequests
{
    public static StringContent MergePatch(object patch) =>
        new(JsonSerializer.Serialize(patch, JsonSerializerOptions.Web), Encoding.UTF8, "application/merge-patch+json");

    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return request;
    }

    public static async Task<HttpResponseMessage> PatchAsync(this HttpClient client, string url, object patch, string? etag) =>
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, url) { Content = MergePatch(patch) }.WithIfMatch(etag));

    public static async Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, object body, string? etag) =>
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) }.WithIfMatch(etag));

    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? etag) =>
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url).WithIfMatch(etag));

    /// <summary>The ETag GET sends for an item (with preview=true, so drafts have one too).</summary>
    public static async Task<string> ETagOfAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url.Contains('?', StringComparison.Ordinal) ? url : url + "?preview=true");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString()
        ?? throw new InvalidOperationException($"No ETag on a {(int)response.StatusCode} answer.");
}
