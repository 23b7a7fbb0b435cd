using System.Globalization;

namespace ContentApi.Features.Webhooks;

/// <summary>The `Webhooks:*` settings, read once at start.</summary>
public sealed class WebhookOptions(IConfiguration configuration)
{
    private readonly IConfigurationSection _section = configuration.GetSection("Webhooks");

    /// <summary>Lets subscriptions target private, loopback and link-local addresses (tests, an intranet).</summary>
    public bool AllowPrivateNetworks => _section.GetValue("AllowPrivateNetworks", false);

    public int MaxConcurrency => Math.Max(1, _section.GetValue("MaxConcurrency", 4));

    public TimeSpan Timeout => TimeSpan.FromSeconds(_section.GetValue("TimeoutSeconds", 10.0));

    public int MaxAttempts => Math.Max(1, _section.GetValue("MaxAttempts", 8));

    public int PauseAfterFailures => Math.Max(1, _section.GetValue("PauseAfterFailures", 10));

    /// <summary>How often the worker looks for due retries when no write wakes it.</summary>
    public TimeSpan PollInterval => TimeSpan.FromSeconds(_section.GetValue("PollSeconds", 1.0));

    /// <summary>The wait before retry n (the last repeats): 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h by default.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; } = (configuration["Webhooks:RetryDelaySeconds"] ?? "5,30,120,600,3600,10800,21600")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>The delay before the attempt after <paramref name="attempts"/> failed ones, with ±20% jitter so failed receivers are not hit in step.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var delay = RetryDelays[Math.Clamp(attempts - 1, 0, RetryDelays.Count - 1)];
        return delay * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
