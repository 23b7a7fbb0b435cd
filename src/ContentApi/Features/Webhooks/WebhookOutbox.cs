using System.Text.Json;
using ContentApi.Common.Changes;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Changes;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Webhooks;

/// <summary>
/// The outbox: after the change recorder (Order 10) has named the write's public events, adds one
/// pending delivery per active subscription that wants each, in the write's transaction. So a
/// committed change always has its deliveries, and a rolled-back one never does.
/// </summary>
internal sealed class WebhookOutbox(ContentDbContext db, RecordedEvents recorded, TimeProvider clock) : IWriteParticipant
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public int Order => 20;

    public async Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        if (recorded.Events.Count == 0)
        {
            return;
        }
        var events = recorded.Events.ToList();
        // Consumed: a second write in the same scope must not send these again.
        recorded.Events.Clear();
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking().Where(s => !s.Paused)
            .Select(s => new { s.Id, s.Events }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in events)
        {
            var payload = JsonSerializer.Serialize(Payload(change), PayloadJson);
            db.AddRange(subscriptions.Where(s => WebhookEvents.Matches(s.Events, change.Name)).Select(s => new WebhookDelivery
            {
                SubscriptionId = s.Id,
                MessageId = WebhookSigner.NewMessageId(),
                EventType = change.Name,
                Payload = payload,
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            }));
        }
    }

    public static WebhookPayload Payload(FeedEvent change) =>
        new(change.Name, change.At, new WebhookPayloadData(change.Type, change.Id, change.Slug, FeedCursor.Encode(change.Seq), change.Seq));
}
