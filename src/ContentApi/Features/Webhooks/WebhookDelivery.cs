namespace ContentApi.Features.Webhooks;

public enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>
/// One event for one subscription: the outbox row, written in the change's transaction, and its
/// delivery log. <see cref="MessageId"/> and <see cref="Payload"/> never change, so every retry and
/// redelivery sends the same `webhook-id` and the same bytes.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }
    public required string MessageId { get; set; }
    public required string EventType { get; set; }
    public required string Payload { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once delivered or failed for good.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public int? LastResponseCode { get; set; }
    public int? LastDurationMs { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
}
