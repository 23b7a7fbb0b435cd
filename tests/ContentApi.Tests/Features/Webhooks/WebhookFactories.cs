using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Webhooks;

/// <summary>The app as deployed: private targets refused.</summary>
public sealed class PublicOnlyWebhookFactory : WriteApiFactory;

/// <summary>Private targets allowed (the receiver is on loopback), fast retries: 3 attempts, paused after 2 failed deliveries.</summary>
public sealed class LoopbackWebhookFactory : WriteApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        .. base.Settings,
        ("Webhooks:AllowPrivateNetworks", "true"),
        ("Webhooks:RetryDelaySeconds", "0.05,0.1"),
        ("Webhooks:PollSeconds", "0.05"),
        ("Webhooks:MaxAttempts", "3"),
        ("Webhooks:PauseAfterFailures", "2"),
    ];
}

public static class WebhookRequests
{
    public static async Task<(int Id, string Secret)> SubscribeAsync(this HttpClient client, string url, params string[] events)
    {
        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, events });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetInt32(), created.GetProperty("secret").GetString()!);
    }

    public static async Task<int> CreateAuthorAsync(this HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/authors", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient client, int webhook) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{webhook}/deliveries")).GetProperty("items").EnumerateArray().ToList();
}
