namespace ContentApi.Common.RateLimiting;

/// <summary>Configuration section "RateLimiting": a fixed window per client.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make in one window.</summary>
    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Counters kept at most (about 120 bytes each); beyond it, new clients of the current window share one counter.</summary>
    public int MaxClients { get; set; } = 100_000;
}
