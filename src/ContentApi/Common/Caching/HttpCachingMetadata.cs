namespace ContentApi.Common.Caching;

/// <summary>Marks endpoints that get ETag/304, Cache-Control and output caching (for the OpenAPI description).</summary>
public sealed class HttpCachingMetadata;
