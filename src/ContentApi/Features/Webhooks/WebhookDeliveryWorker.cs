using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Webhooks;

/// <summary>
/// Sends the outbox's due deliveries, Webhooks:MaxConcurrency at a time, woken by each commit and
/// by a short poll (for retries). A delivery stays pending until an attempt's outcome is saved, so
/// one cut short by a crash is sent again after the restart, with the same `webhook-id`.
/// </summary>
public sealed class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, ChangeSignal signal, WebhookSender sender, WebhookOptions options, TimeProvider clock, ILogger<WebhookDeliveryWorker> logger)
    : WakingWorker(signal, logger)
{
    public const string WorkerName = "webhook-delivery";

    public override string Name => WorkerName;

    /// <summary>Sends until nothing is due, then sleeps until a commit or the poll interval (for retries).</summary>
    protected override async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        while (await RunOnceAsync(cancellationToken) > 0)
        {
        }
        return options.PollInterval;
    }

    /// <summary>Attempts the deliveries due now; returns how many.</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) => AloneAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var due = await db.Set<WebhookDelivery>().AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
                .Join(db.Set<WebhookSubscription>().Where(s => !s.Paused), d => d.SubscriptionId, s => s.Id, (d, s) => new { Delivery = d, s.Url, s.Secret })
                .OrderBy(x => x.Delivery.NextAttemptAt).ThenBy(x => x.Delivery.Id)
                .Take(options.MaxConcurrency * 8)
                .ToListAsync(cancellationToken);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
                async (item, token) =>
                {
                    var outcome = await sender.SendAsync(item.Url, item.Secret, item.Delivery, token);
                    await RecordAsync(item.Delivery.Id, item.Delivery.NextAttemptAt, outcome, token);
                });
            return due.Count;
        }, cancellationToken);

    /// <summary>Saves the attempt in a small write of its own, queued with the other writers.</summary>
    /// <param name="due">When the attempt was due: a redelivery asked for meanwhile moved it, and then owns the row.</param>
    private async Task RecordAsync(long deliveryId, DateTime? due, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        using var lease = await scope.ServiceProvider.GetRequiredService<WriteGate>().EnterAsync(cancellationToken);
        if (await db.Set<WebhookDelivery>().FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken) is not { } delivery
            || await db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken) is not { } subscription)
        {
            return; // The subscription was deleted meanwhile.
        }
        if (delivery.NextAttemptAt != due)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        WebhookRetries.Apply(delivery, subscription, outcome, now, options);
        if (subscription.Paused && db.Entry(subscription).Property(s => s.Paused).IsModified)
        {
            logger.LogWarning("Webhook {Id} ({Url}) paused after {Failures} failed deliveries in a row.", subscription.Id, subscription.Url, subscription.ConsecutiveFailures);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
