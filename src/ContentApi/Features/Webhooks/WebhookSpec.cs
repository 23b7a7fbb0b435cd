using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Webhooks;

public sealed class WebhookSpec(ContentDbContext db) : IItemSpec<WebhookSubscription, WebhookRequest, WebhookResponse>
{
    public string Resource => "webhook";

    public int IdOf(WebhookSubscription entity) => entity.Id;

    public string TargetOf(WebhookSubscription entity) => entity.Url;

    public string LocationOf(WebhookSubscription entity) => $"/api/v1/webhooks/{entity.Id}";

    public async Task<WebhookResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<WebhookSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } found
            ? WebhookResponse.From(found)
            : null;

    public WebhookRequest ToRequest(WebhookSubscription s) => new(s.Url, WebhookEvents.Parse(s.Events), s.Description, s.Paused);

    public Task<string?> ApplyAsync(WebhookSubscription subscription, WebhookRequest request, CancellationToken cancellationToken)
    {
        var paused = request.Paused ?? subscription.Paused;
        if (subscription.Paused && !paused)
        {
            // Resumed: the receiver is trusted again from a clean slate.
            subscription.ConsecutiveFailures = 0;
        }
        (subscription.Url, subscription.Events, subscription.Description, subscription.Paused) =
            (request.Url!, string.Join(' ', request.Events!.Distinct(StringComparer.Ordinal)), request.Description, paused);
        subscription.Version++;
        return Task.FromResult<string?>(null);
    }

    public Task<string?> DeleteAsync(WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        // Its deliveries, sent or pending, go with it (cascade).
        db.Remove(subscription);
        return Task.FromResult<string?>(null);
    }
}
