using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Webhooks;

public sealed record WebhookRoute
{
    [FromRoute(Name = "id")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The subscription's id, as listed, e.g. `1`.", Example = 1)]
    public required string Id { get; init; }

    public int Value => QueryInteger.ValueOr(Id, 0);
}

public sealed class WebhookRouteValidator : AbstractValidator<WebhookRoute>
{
    public WebhookRouteValidator() => RuleFor(r => r.Id).MustBeWholeNumber("id", 1, int.MaxValue);
}

public sealed record DeliveryRoute
{
    [FromRoute(Name = "id")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The subscription's id, e.g. `1`.")]
    public required string Id { get; init; }

    [FromRoute(Name = "deliveryId")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The delivery's id, as its log lists it, e.g. `7`.")]
    public required string DeliveryId { get; init; }
}

public sealed class DeliveryRouteValidator : AbstractValidator<DeliveryRoute>
{
    public DeliveryRouteValidator()
    {
        RuleFor(r => r.Id).MustBeWholeNumber("id", 1, int.MaxValue);
        RuleFor(r => r.DeliveryId).MustBeWholeNumber("deliveryId", 1, int.MaxValue);
    }
}
