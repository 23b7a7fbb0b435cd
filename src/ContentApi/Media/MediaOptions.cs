namespace ContentApi.Media;

/// <summary>The `Media:*` settings.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Where originals and the variant cache live; relative to the content root. Unset: a `media` folder beside the database file.</summary>
    public string? Path { get; set; }

    /// <summary>The largest upload, in bytes (413 beyond).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pixels an upload may have, read from its header before anything is decoded.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The widths a variant may be asked for; the srcset widths are always allowed too.</summary>
    public int[] Widths { get; set; } = [160, 320, 480, 640, 800, 960, 1280, 1600, 1920, 2560];

    /// <summary>How many bytes of variants the disk cache keeps; the least recently used go first.</summary>
    public long CacheBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How many variants are made at once; more wait. Bounds memory when many new variants are asked for together.</summary>
    public int MaxConcurrentRenders { get; set; } = Math.Max(1, Environment.ProcessorCount);

    public IReadOnlySet<int> AllowedWidths => Widths.Concat(ImageSizes.SrcsetWidths).ToHashSet();

    public int LargestWidth => AllowedWidths.Max();
}
