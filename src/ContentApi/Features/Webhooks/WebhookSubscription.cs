namespace ContentApi.Features.Webhooks;

/// <summary>A URL subscribed to events; its deliveries are signed with <see cref="Secret"/>.</summary>
public sealed class WebhookSubscription
{
    public int Id { get; set; }
    public required string Url { get; set; }

    /// <summary>Event names or patterns (`author.*`, `*`), space-separated.</summary>
    public required string Events { get; set; }

    public string? Description { get; set; }

    /// <summary>`whsec_` + base64 of the key bytes, as the Standard Webhooks libraries take it.</summary>
    public required string Secret { get; set; }

    public bool Paused { get; set; }

    /// <summary>Deliveries that failed for good in a row; reaching Webhooks:PauseAfterFailures pauses the subscription.</summary>
    public int ConsecutiveFailures { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Concurrency token, bumped by every write.</summary>
    public int Version { get; set; }
}
