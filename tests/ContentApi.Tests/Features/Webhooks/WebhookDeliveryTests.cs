using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Features.Changes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Webhooks;

public sealed class WebhookDeliveryTests(LoopbackWebhookFactory factory) : IClassFixture<LoopbackWebhookFactory>, IDisposable
{
    private readonly LoopbackReceiver _receiver = LoopbackReceiver.Start(5164 + TestDatabase.PortOffset);

    public void Dispose() => _receiver.Dispose();

    [Fact]
    public async Task A_change_is_delivered_signed_with_its_feed_cursor()
    {
        var client = factory.CreateWriteClient();
        var (_, secret) = await client.SubscribeAsync(_receiver.Url + "/signed", "author.*");

        var author = await client.CreateAuthorAsync("Signed Delivery");

        await Eventually.HoldsAsync(() => _receiver.At("/signed").Count == 1, "the author.created delivery arrived");
        var webhook = _receiver.At("/signed")[0];
        Assert.True(LoopbackReceiver.Verifies(secret, webhook), "the receiver's own check accepts the signature");
        Assert.False(LoopbackReceiver.Verifies("whsec_" + Convert.ToBase64String(new byte[24]), webhook), "another secret does not verify");
        Assert.StartsWith("msg_", webhook.Id, StringComparison.Ordinal);
        var payload = JsonDocument.Parse(webhook.Body).RootElement;
        Assert.Equal("author.created", payload.GetProperty("type").GetString());
        Assert.True(payload.TryGetProperty("timestamp", out _));
        var data = payload.GetProperty("data");
        Assert.Equal(("author", author, "signed-delivery"), (data.GetProperty("type").GetString(), data.GetProperty("id").GetInt32(), data.GetProperty("slug").GetString()));
        Assert.Equal(FeedCursor.Encode(data.GetProperty("seq").GetInt64()), data.GetProperty("cursor").GetString());
        var feed = await client.GetAsync($"/api/v1/changes?since={data.GetProperty("cursor").GetString()}");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }

    [Fact]
    public async Task Events_the_filter_does_not_name_are_not_sent()
    {
        var client = factory.CreateWriteClient();
        var (id, _) = await client.SubscribeAsync(_receiver.Url + "/tags-only", "tag.created");

        await client.CreateAuthorAsync("Not For Tags");

        Assert.Empty(await client.DeliveriesAsync(id));
    }

    [Fact]
    public async Task Failed_attempts_are_retried_with_the_same_webhook_id_and_logged()
    {
        _receiver.Answer = (path, hit) => path == "/flaky" && hit <= 2 ? 500 : 200;
        var client = factory.CreateWriteClient();
        var (id, secret) = await client.SubscribeAsync(_receiver.Url + "/flaky", "author.created");

        await client.CreateAuthorAsync("Flaky Receiver");

        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id)) is [var d] && d.GetProperty("status").GetString() == "delivered", "delivered on the third attempt");
        var attempts = _receiver.At("/flaky");
        Assert.Equal([500, 500, 200], attempts.Select(a => a.AnsweredWith));
        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.All(attempts, a => Assert.True(LoopbackReceiver.Verifies(secret, a)));
        var logged = (await client.DeliveriesAsync(id))[0];
        Assert.Equal((3, 200), (logged.GetProperty("attempts").GetInt32(), logged.GetProperty("lastResponseCode").GetInt32()));
        Assert.Equal(attempts[0].Id, logged.GetProperty("webhookId").GetString());
        Assert.Equal(JsonValueKind.Null, logged.GetProperty("nextAttemptAt").ValueKind);
    }

    [Fact]
    public async Task A_receiver_failing_every_delivery_is_paused_after_the_configured_number()
    {
        _receiver.Answer = (path, _) => path == "/down" ? 503 : 200;
        var client = factory.CreateWriteClient();
        var (id, _) = await client.SubscribeAsync(_receiver.Url + "/down", "author.created");

        await client.CreateAuthorAsync("Down One");
        await client.CreateAuthorAsync("Down Two");

        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id)).Count(d => d.GetProperty("status").GetString() == "failed") == 2, "both deliveries failed");
        var webhook = await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{id}");
        Assert.True(webhook.GetProperty("paused").GetBoolean());
        Assert.Equal(2, webhook.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(6, _receiver.At("/down").Count);
        var failed = (await client.DeliveriesAsync(id))[0];
        Assert.Equal((3, 503), (failed.GetProperty("attempts").GetInt32(), failed.GetProperty("lastResponseCode").GetInt32()));

        await client.CreateAuthorAsync("Down Three");
        Assert.Equal(2, (await client.DeliveriesAsync(id)).Count);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        _receiver.Answer = (path, _) => path == "/moved" ? 302 : 200;
        var client = factory.CreateWriteClient();
        var (id, _) = await client.SubscribeAsync(_receiver.Url + "/moved", "author.created");

        await client.CreateAuthorAsync("Moved Receiver");

        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id)) is [var d] && d.GetProperty("status").GetString() == "failed", "the delivery failed");
        Assert.Empty(_receiver.At("/redirected"));
        var failed = (await client.DeliveriesAsync(id))[0];
        Assert.Equal(302, failed.GetProperty("lastResponseCode").GetInt32());
        Assert.Contains("redirect", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivery_sends_the_same_id_and_bytes_again()
    {
        var client = factory.CreateWriteClient();
        var (id, secret) = await client.SubscribeAsync(_receiver.Url + "/again", "author.created");
        await client.CreateAuthorAsync("Sent Twice");
        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id)) is [var d] && d.GetProperty("status").GetString() == "delivered", "the first delivery was made");
        var delivery = (await client.DeliveriesAsync(id))[0].GetProperty("id").GetInt64();

        var response = await client.PostAsync($"/api/v1/webhooks/{id}/deliveries/{delivery}/redeliver", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => _receiver.At("/again").Count == 2, "the redelivery arrived");
        var (first, second) = (_receiver.At("/again")[0], _receiver.At("/again")[1]);
        Assert.Equal((first.Id, first.Body), (second.Id, second.Body));
        Assert.True(LoopbackReceiver.Verifies(secret, second));
    }
}
