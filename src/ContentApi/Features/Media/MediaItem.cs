namespace ContentApi.Features.Media;

/// <summary>An uploaded image: its original is in the media store under <see cref="StorageKey"/>; variants are made from it on request.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    /// <summary>The URL file name, e.g. `rocket-attack.jpg`: lower-case letters, digits and dashes, then the sniffed format's extension.</summary>
    public required string FileName { get; set; }
    public required string StorageKey { get; set; }
    public required string MimeType { get; set; }
    /// <summary>Upright: after the EXIF orientation is applied. 0 when unknown (an external image whose export did not say); served as null.</summary>
    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    /// <summary>
    /// Set for an image kept where it already lives (an imported WordPress featured image): served as this
    /// URL, with no file in the media store and no variants.
    /// </summary>
    public string? ExternalUrl { get; set; }
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public double FocalX { get; set; } = 0.5;
    public double FocalY { get; set; } = 0.5;
    public required string DominantColor { get; set; }
    public required string BlurHash { get; set; }
    /// <summary>SHA-256 of the original, hex.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Changes whenever what a variant looks like changes (the original, the focal point): the `v` of every variant URL.</summary>
    public required string RenditionKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}
