namespace ContentApi.Common.Http;

/// <summary>
/// A preview shows what the public must not see (`preview=true` on an item, `view=preview` on the
/// change feed): never stored by the output cache or a shared cache, and it depends on the key.
/// </summary>
public static class PreviewRequests
{
    public static bool IsPreview(HttpRequest request) =>
        string.Equals(request.Query["preview"], "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(request.Query["view"], "preview", StringComparison.Ordinal);
}
