using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Webhooks;

/// <summary>A webhook subscription; its secret is shown only in the answer to its creation.</summary>
/// <param name="Events">The event names and patterns it receives.</param>
/// <param name="Paused">True while no deliveries are made: paused by hand or after too many failed deliveries in a row.</param>
/// <param name="ConsecutiveFailures">Deliveries that failed for good in a row; Webhooks:PauseAfterFailures (10) pauses the subscription.</param>
public sealed record WebhookResponse(int Id, string Url, string[] Events, string? Description, bool Paused, int ConsecutiveFailures, DateTime CreatedAt)
    : IHasExample<WebhookResponse>
{
    public static WebhookResponse Example => new(1, "https://example.com/hooks/content", ["article.published", "author.*"], "Rebuild the static site", false, 0, new DateTime(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc));

    public static WebhookResponse From(WebhookSubscription s) =>
        new(s.Id, s.Url, WebhookEvents.Parse(s.Events), s.Description, s.Paused, s.ConsecutiveFailures, s.CreatedAt);
}

/// <summary>A new subscription and its signing secret, shown this once.</summary>
/// <param name="Secret">The Standard Webhooks signing secret: `whsec_` + base64 of 24 random bytes. Store it; it is not shown again.</param>
public sealed record CreatedWebhookResponse(int Id, string Url, string[] Events, string? Description, bool Paused, int ConsecutiveFailures, DateTime CreatedAt, string Secret)
    : IHasExample<CreatedWebhookResponse>
{
    public static CreatedWebhookResponse Example => new(1, "https://example.com/hooks/content", ["article.published", "author.*"], "Rebuild the static site", false, 0, new DateTime(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
}

/// <summary>One event's delivery to the subscription: the delivery log.</summary>
/// <param name="WebhookId">The `webhook-id` header: the same on every retry and redelivery, so receivers de-duplicate on it.</param>
/// <param name="Event">The event, e.g. `article.published`.</param>
/// <param name="Status">`pending` (due or waiting for a retry), `delivered` (a 2xx) or `failed` (every attempt failed).</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="LastResponseCode">The receiver's last HTTP status; null when it did not answer (timeout, refused connection).</param>
/// <param name="LastDurationMs">How long the last attempt took, in milliseconds.</param>
/// <param name="NextAttemptAt">When the next attempt is due; null once delivered or failed.</param>
/// <param name="LastError">Why the last attempt failed; null after a success.</param>
public sealed record DeliveryResponse(
    long Id, string WebhookId, string Event, DeliveryStatus Status, int Attempts, int? LastResponseCode, int? LastDurationMs,
    DateTime? NextAttemptAt, string? LastError, DateTime CreatedAt, DateTime? LastAttemptAt)
    : IHasExample<DeliveryResponse>
{
    public static DeliveryResponse Example => new(7, "msg_2b9f0c4e8d7a4f1b9c3e5a6d7f8e9a0b", "article.published", DeliveryStatus.Pending, 2, 503, 112,
        new DateTime(2026, 1, 5, 9, 31, 0, DateTimeKind.Utc), "The receiver answered 503.", new DateTime(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc), new DateTime(2026, 1, 5, 9, 30, 30, DateTimeKind.Utc));

    public static DeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.MessageId, d.EventType, d.Status, d.Attempts, d.LastResponseCode, d.LastDurationMs, d.NextAttemptAt, d.LastError, d.CreatedAt, d.LastAttemptAt);
}
