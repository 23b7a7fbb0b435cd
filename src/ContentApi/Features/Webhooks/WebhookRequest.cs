using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Validation;
using FluentValidation;

namespace ContentApi.Features.Webhooks;

/// <summary>A webhook subscription as written. Unknown fields are refused.</summary>
/// <param name="Url">Where deliveries are POSTed: absolute http(s), a public address (unless Webhooks:AllowPrivateNetworks). Redirects are not followed.</param>
/// <param name="Events">Event names (`article.published`), a type's wildcard (`author.*`) or `*` for all.</param>
/// <param name="Description">A note for people: who receives it and why.</param>
/// <param name="Paused">True stops new deliveries; false resumes (and clears the failure count).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WebhookRequest([property: Required] string? Url, [property: Required] string[]? Events, string? Description, bool? Paused)
    : IHasExample<WebhookRequest>
{
    public static WebhookRequest Example => new("https://example.com/hooks/content", ["article.published", "author.*"], "Rebuild the static site", null);
}

public sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator(WebhookTargets targets)
    {
        RuleFor(r => r.Url).NotEmpty().MustBeHttpUrl().OverridePropertyName("url")
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && await targets.RefusalAsync(uri, cancellationToken) is { } refusal)
                {
                    context.AddFailure("url", refusal);
                }
            });
        RuleFor(r => r.Events).NotEmpty().OverridePropertyName("events");
        RuleForEach(r => r.Events).Must(e => e is not null && WebhookEvents.IsPattern(e)).OverridePropertyName("events")
            .WithMessage($"'{{PropertyValue}}' is not an event; use `*`, a type's `TYPE.*` or one of {string.Join(", ", WebhookEvents.All)}.");
        RuleFor(r => r.Events).Must(e => e is null || e.Length <= 50).OverridePropertyName("events").WithMessage("At most 50 events.");
        RuleFor(r => r.Description).MaximumLength(500).OverridePropertyName("description");
    }
}
