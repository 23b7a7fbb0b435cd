using System.Diagnostics;
using System.Text;

namespace ContentApi.Features.Webhooks;

/// <summary>What one attempt came to.</summary>
public sealed record DeliveryOutcome(bool Delivered, int? ResponseCode, int DurationMs, string? Error);

/// <summary>
/// Makes one signed attempt. Its client follows no redirect (a 3xx is a failure: the subscription's
/// URL is the one that was checked) and connects only where <see cref="WebhookTargets"/> allows.
/// </summary>
public sealed class WebhookSender(WebhookTargets targets, WebhookOptions options, TimeProvider clock) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = targets.ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        UseCookies = false,
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<DeliveryOutcome> SendAsync(string url, string secret, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secret, delivery.MessageId, timestamp, delivery.Payload));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new DeliveryOutcome(true, code, Elapsed(watch), null)
                : new DeliveryOutcome(false, code, Elapsed(watch), code is >= 300 and < 400
                    ? $"The receiver answered {code} (a redirect, which is not followed)."
                    : $"The receiver answered {code}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(false, null, Elapsed(watch), $"No answer within {options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            var message = exception.InnerException is { } inner && exception.Message != inner.Message ? $"{exception.Message} {inner.Message}" : exception.Message;
            return new DeliveryOutcome(false, null, Elapsed(watch), message.Length > 500 ? message[..500] : message);
        }
    }

    private static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);

    public void Dispose() => _http.Dispose();
}
