using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Webhooks;

/// <summary>Webhook subscriptions: a key with content:write; PATCH and DELETE need If-Match.</summary>
public static class WebhooksAdminApi
{
    public const string PayloadNote = "Deliveries POST a `WebhookPayload` (see `#/components/schemas/WebhookPayload`) signed per Standard Webhooks: headers `webhook-id`, `webhook-timestamp`, `webhook-signature`.";

    public static IEndpointRouteBuilder MapWebhooksAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireWriteKey().WithValidation();
        const string notFound = "No webhook subscription has this id.";
        const string example = "No webhook subscription has the id 9.";

        group.MapPost("", CreateWebhook).WithName(nameof(CreateWebhook))
            .WithSummary("Subscribe a URL to events")
            .WithDescription("Answers 201 with the subscription and its signing `secret`, shown this once. The URL must be http(s) and, unless `Webhooks:AllowPrivateNetworks`, resolve to public addresses only (400 otherwise). " + PayloadNote)
            .ProducesWriteProblems();
        group.MapGet("", ListWebhooks).WithName(nameof(ListWebhooks))
            .WithSummary("List webhook subscriptions").WithDescription("Every subscription, oldest first, without its secret.");
        group.MapGet("/{id}", GetWebhook).WithName(nameof(GetWebhook))
            .WithSummary("Get a webhook subscription").WithDescription("The subscription (without its secret) and its `ETag`, for If-Match. " + PayloadNote)
            .ProducesNotFound(notFound, example);
        group.MapPatch("/{id}", ChangeWebhook).WithName(nameof(ChangeWebhook)).RequireIfMatch()
            .Accepts<WebhookRequest>(JsonBody.MergePatchMediaType, "application/json")
            .Produces<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithSummary("Change, pause or resume a subscription")
            .WithDescription("A JSON merge patch (RFC 7396): `{\"paused\": true}` pauses, `{\"paused\": false}` resumes and clears the failure count; `url`, `events` and `description` change too. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{id}", DeleteWebhook).WithName(nameof(DeleteWebhook)).RequireIfMatch()
            .WithSummary("Delete a subscription").WithDescription("Deletes it with its delivery log; pending deliveries are dropped. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true).ProducesNotFound(notFound, example);
        return routes.MapWebhookDeliveriesApi();
    }

    public static async Task<Results<Created<CreatedWebhookResponse>, ProblemHttpResult>> CreateWebhook(
        [FromBody] WebhookRequest request, ItemWrites writes, WebhookSpec spec, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var subscription = new WebhookSubscription { Url = "", Events = "", Secret = WebhookSigner.NewSecret(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await writes.CreateAsync(spec, subscription, request, http, cancellationToken);
        if (result.Result is not Created<WebhookResponse> { Value: { } created } answer)
        {
            return (ProblemHttpResult)result.Result;
        }
        return TypedResults.Created(answer.Location, new CreatedWebhookResponse(
            created.Id, created.Url, created.Events, created.Description, created.Paused, created.ConsecutiveFailures, created.CreatedAt, subscription.Secret));
    }

    public static async Task<Ok<PagedList<WebhookResponse>>> ListWebhooks(ContentDbContext db, CancellationToken cancellationToken)
    {
        var all = (await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken)).ConvertAll(WebhookResponse.From);
        return TypedResults.Ok(new PagedList<WebhookResponse>(all, new PageMeta(1, all.Count, all.Count, 1, null)));
    }

    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetWebhook(
        [AsParameters] WebhookRoute route, WebhookSpec spec, JsonSerializerOptions json, HttpContext http, CancellationToken cancellationToken) =>
        await spec.ReadAsync(route.Value, cancellationToken) is { } found
            ? TypedResults.Ok(http.Tag(found, json))
            : Problems.NotFound(NoWebhook(route.Value));

    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult, ValidationProblem>> ChangeWebhook(
        [AsParameters] WebhookRoute route, ItemWrites writes, WebhookSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, Load(db, route.Value), NoWebhook(route.Value), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    public static Task<Results<NoContent, ProblemHttpResult>> DeleteWebhook(
        [AsParameters] WebhookRoute route, ItemWrites writes, WebhookSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.DeleteAsync(spec, Load(db, route.Value), NoWebhook(route.Value), http, cancellationToken);

    private static Func<CancellationToken, Task<WebhookSubscription?>> Load(ContentDbContext db, int id) =>
        ct => db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public static string NoWebhook(int id) => $"No webhook subscription has the id {id}.";
}
