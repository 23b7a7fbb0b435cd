namespace ContentApi.Common.Auth;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>When true, the delivery endpoints need a key with content:read (or content:write). Off: the public API stays public.</summary>
    public bool RequireReadKey { get; set; }

    /// <summary>A write key seeded on start when no key exists yet, for automation (env Auth__BootstrapWriteKey).</summary>
    public string? BootstrapWriteKey { get; set; }
}
