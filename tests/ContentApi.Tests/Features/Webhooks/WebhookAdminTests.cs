using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Webhooks;

public sealed class WebhookAdminTests(PublicOnlyWebhookFactory factory) : IClassFixture<PublicOnlyWebhookFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://172.20.0.5/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://[fd12:3456::1]/hook")]
    [InlineData("http://[::ffff:10.0.0.1]/hook")]
    public async Task Private_loopback_and_link_local_targets_are_refused_saying_why(string url)
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "*" } });

        var errors = await response.AssertValidationProblemAsync("url");
        Assert.Contains(errors, e => e.Contains("private, loopback or link-local", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("/relative")]
    public async Task Only_absolute_http_urls_are_taken(string url)
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "*" } });

        await response.AssertValidationProblemAsync("url");
    }

    [Fact]
    public async Task Unknown_events_are_refused_naming_the_allowed_ones()
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/webhooks", new { url = "http://93.184.215.14/hook", events = new[] { "article.liked" } });

        var errors = await response.AssertValidationProblemAsync("events[0]");
        Assert.Contains(errors, e => e.Contains("article.published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_subscription_needs_the_write_key()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/webhooks", new { url = "http://93.184.215.14/hook", events = new[] { "*" } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_the_subscription_is_paused_resumed_and_deleted_with_if_match()
    {
        var client = factory.CreateWriteClient();
        var (id, secret) = await client.SubscribeAsync("http://93.184.215.14/hook", "author.*", "article.published");

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(secret["whsec_".Length..]).Length >= 24);
        var listed = await client.GetStringAsync("/api/v1/webhooks");
        Assert.Contains("author.*", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        var url = $"/api/v1/webhooks/{id}";
        var got = await client.GetAsync(url);
        Assert.DoesNotContain("whsec_", await got.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.PatchAsync(url, new { paused = true }, null)).StatusCode);
        var paused = await client.PatchAsync(url, new { paused = true }, got.ETag());
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.True((await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.PatchAsync(url, new { paused = false }, got.ETag())).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url, paused.ETag())).StatusCode);
        await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
        var audit = await client.GetStringAsync("/api/v1/audit");
        Assert.Contains("93.184.215.14", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_id_is_a_400_and_an_unknown_one_a_404()
    {
        var client = factory.CreateWriteClient();

        await (await client.GetAsync("/api/v1/webhooks/abc/deliveries")).AssertValidationProblemAsync("id");
        await (await client.GetAsync("/api/v1/webhooks/999/deliveries")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync("/api/v1/webhooks/999/deliveries/1/redeliver", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
