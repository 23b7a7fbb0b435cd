using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Webhooks;

/// <summary>A subscription's delivery log, and sending one of its deliveries again.</summary>
public static class WebhookDeliveriesApi
{
    private const int LogLength = 100;

    public static IEndpointRouteBuilder MapWebhookDeliveriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/webhooks/{id}/deliveries").WithTags("Webhooks").RequireWriteKey().WithValidation();
        group.MapGet("", ListDeliveries).WithName(nameof(ListDeliveries))
            .WithSummary("A subscription's delivery log")
            .WithDescription($"Its newest {LogLength} deliveries, newest first (`meta.total` counts them all): event, status, attempts, the last response code, duration and error, and when the next attempt is due.")
            .ProducesNotFound("No webhook subscription has this id.", "No webhook subscription has the id 9.");
        group.MapPost("/{deliveryId}/redeliver", Redeliver).WithName(nameof(Redeliver))
            .WithSummary("Send a delivery again")
            .WithDescription("Makes the delivery pending again, due now, with a fresh set of attempts. It keeps its `webhook-id` and its payload, so a receiver that already has it can tell. Answers 200 with the delivery, pending again; a paused subscription's redelivery waits until it is resumed.")
            .ProducesNotFound("The subscription has no delivery with this id.", "Webhook subscription 1 has no delivery 99.");
        return routes;
    }

    public static async Task<Results<Ok<PagedList<DeliveryResponse>>, ProblemHttpResult>> ListDeliveries(
        [AsParameters] WebhookRoute route, ContentDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Set<WebhookSubscription>().AnyAsync(s => s.Id == route.Value, cancellationToken))
        {
            return Problems.NotFound(WebhooksAdminApi.NoWebhook(route.Value));
        }
        var total = await db.Set<WebhookDelivery>().CountAsync(d => d.SubscriptionId == route.Value, cancellationToken);
        var log = (await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.SubscriptionId == route.Value)
            .OrderByDescending(d => d.Id).Take(LogLength).ToListAsync(cancellationToken)).ConvertAll(DeliveryResponse.From);
        return TypedResults.Ok(new PagedList<DeliveryResponse>(log, new PageMeta(1, LogLength, total, 1, null)));
    }

    public static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> Redeliver(
        [AsParameters] DeliveryRoute route, WritePipeline pipeline, ContentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (id, deliveryId) = (QueryInteger.ValueOr(route.Id, 0), QueryInteger.ValueOr(route.DeliveryId, 0));
        await using var scope = await pipeline.BeginAsync(cancellationToken);
        if (await db.Set<WebhookDelivery>().FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken) is not { } delivery)
        {
            return Problems.NotFound($"Webhook subscription {id} has no delivery {deliveryId}.");
        }
        (delivery.Status, delivery.Attempts, delivery.NextAttemptAt) = (DeliveryStatus.Pending, 0, pipeline.Now);
        var record = new WriteRecord("webhook", id, WriteKind.Updated, delivery.MessageId, Actor.From(http), "redelivered");
        if (await pipeline.CommitAsync(scope, () => record, cancellationToken) is { } failed)
        {
            return failed;
        }
        return TypedResults.Ok(DeliveryResponse.From(delivery));
    }
}
