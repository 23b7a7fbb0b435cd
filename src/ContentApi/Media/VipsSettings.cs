namespace ContentApi.Media;

/// <summary>
/// libvips' process-wide settings, applied by the first image operation rather than at start-up:
/// touching them loads and initialises the native library, start time and resident memory that an
/// API serving no new image need not pay.
/// </summary>
internal static class VipsSettings
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        // libvips' operation cache would keep decoded originals alive between requests; variants are cached on disk instead.
        NetVips.Cache.Max = 0;
        return true;
    });

    public static void Apply() => _ = Applied.Value;
}
