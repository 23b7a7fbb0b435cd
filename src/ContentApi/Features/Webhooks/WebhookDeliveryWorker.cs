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
    : BackgroundService
{
    public const string WorkerName = "webhook-delivery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = signal.Subscribe();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await signal.MayRunAsync(WorkerName, stoppingToken))
                {
                    await wait(ChangeSignal.Standby, stoppingToken);
                    continue;
                }
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                }
                await wait(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or WriteQueueFullException or System.Data.Common.DbException)
            {
                logger.LogError(exception, "Webhook delivery failed; due deliveries are retried.");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    /// <summary>Attempts the deliveries due now; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
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
    }

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
