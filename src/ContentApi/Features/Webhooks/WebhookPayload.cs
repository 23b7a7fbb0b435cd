using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Webhooks;

/// <summary>The body POSTed to a webhook (the Standard Webhooks shape: type, timestamp, data), signed in the `webhook-signature` header.</summary>
/// <param name="Type">The event: `article.published`, `article.updated`, `article.unpublished`, `article.deleted`, `author.*`, `tag.*`, `donationForm.*`, `site.updated`.</param>
/// <param name="Timestamp">When the change committed.</param>
/// <param name="Data">What changed.</param>
public sealed record WebhookPayload(string Type, DateTime Timestamp, WebhookPayloadData Data) : IHasExample<WebhookPayload>
{
    public static WebhookPayload Example => new("article.published", new DateTime(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc),
        new WebhookPayloadData("article", 42, "a-new-article", "ZmVlZC4xMjM0", 1234));
}

/// <summary>The changed item and its place in the change feed.</summary>
/// <param name="Type">`article`, `author`, `tag`, `donationForm` or `site`.</param>
/// <param name="Slug">The item's slug (for a delete or unpublish: the slug it had).</param>
/// <param name="Cursor">The change's feed cursor: `GET /api/v1/changes?since={cursor}` lists what came after it, so a receiver that missed deliveries catches up from the last cursor it handled.</param>
/// <param name="Seq">The change's position in the feed (commit order).</param>
public sealed record WebhookPayloadData(string Type, int Id, string Slug, string Cursor, long Seq);
