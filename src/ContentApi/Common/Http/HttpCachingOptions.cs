namespace ContentApi.Common.Http;

/// <summary>Cache-Control per route family and output-cache lifetime (configuration section "Caching").</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "Caching";

    /// <summary>Published content, as the public reads it.</summary>
    public string DeliveryCacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=300";

    /// <summary>Anything read with a key in preview: drafts must never reach a shared cache.</summary>
    public string PreviewCacheControl { get; set; } = "private, no-store";

    /// <summary>Admin routes.</summary>
    public string AdminCacheControl { get; set; } = "no-store";

    /// <summary>How long the server keeps a delivery response; writes evict sooner.</summary>
    public int OutputCacheSeconds { get; set; } = 600;

    public bool OutputCacheEnabled { get; set; } = true;
}
