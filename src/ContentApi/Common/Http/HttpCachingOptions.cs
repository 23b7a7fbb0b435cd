namespace ContentApi.Common.Http;

/// <summary>Cache-Control per route family and output-cache lifetime (configuration section "Caching").</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "Caching";

    /// <summary>Published content, as the public reads it.</summary>
    public string DeliveryCacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=300";

    /// <summary>Anything read with a key in preview: drafts must never reach a shared cache.</summary>
    public string PreviewCacheControl { get; set; } = "private, no-store";

    /// <summary>Admin routes, and every refusal (400, 401, 403, 429, 5xx): none of them is content.</summary>
    public string AdminCacheControl { get; set; } = "no-store";

    /// <summary>A delivery route's redirect (a retired slug): short, since the old slug may be reused.</summary>
    public string RedirectCacheControl { get; set; } = "public, max-age=60";

    /// <summary>A delivery route's 404: short, so a newly published item shows up soon after.</summary>
    public string NotFoundCacheControl { get; set; } = "public, max-age=30";

    /// <summary>How long the server keeps a delivery response; writes evict sooner.</summary>
    public int OutputCacheSeconds { get; set; } = 600;

    public bool OutputCacheEnabled { get; set; } = true;
}
