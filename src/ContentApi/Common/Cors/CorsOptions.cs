namespace ContentApi.Common.Cors;

/// <summary>Cross-origin access (configuration section "Cors").</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>
    /// Origins (`https://cms.example.com`, scheme, host and port exactly) that may also write, preview
    /// and use the admin routes from a browser. Public reads are open to every origin regardless.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer (Chromium caps it at 7200).</summary>
    public int MaxAgeSeconds { get; set; } = 600;
}
