namespace ContentApi.Features.Webhooks;

/// <summary>What an attempt's outcome does to its delivery (delivered, retried later, failed) and to its subscription (failure count, pause).</summary>
public static class WebhookRetries
{
    public static void Apply(WebhookDelivery delivery, WebhookSubscription subscription, DeliveryOutcome outcome, DateTime now, WebhookOptions options)
    {
        delivery.Attempts++;
        (delivery.LastAttemptAt, delivery.LastResponseCode, delivery.LastDurationMs, delivery.LastError) = (now, outcome.ResponseCode, outcome.DurationMs, outcome.Error);
        if (outcome.Delivered)
        {
            (delivery.Status, delivery.NextAttemptAt) = (DeliveryStatus.Delivered, null);
            if (subscription.ConsecutiveFailures != 0)
            {
                subscription.ConsecutiveFailures = 0;
                subscription.Version++;
            }
            return;
        }
        if (delivery.Attempts < options.MaxAttempts)
        {
            delivery.NextAttemptAt = now + options.RetryDelay(delivery.Attempts);
            return;
        }
        (delivery.Status, delivery.NextAttemptAt) = (DeliveryStatus.Failed, null);
        subscription.ConsecutiveFailures++;
        subscription.Paused |= subscription.ConsecutiveFailures >= options.PauseAfterFailures;
        subscription.Version++;
    }
}
