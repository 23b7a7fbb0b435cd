namespace ContentApi.Media;

/// <summary>The widths every image object's srcset offers, and the `sizes` suggested with them.</summary>
public static class ImageSizes
{
    public static readonly IReadOnlyList<int> SrcsetWidths = [320, 640, 960, 1280, 1920];

    /// <summary>A featured image spans the column, up to 1280 CSS pixels.</summary>
    public const string Featured = "(max-width: 1280px) 100vw, 1280px";

    /// <summary>A teaser in a list: up to half a wide screen.</summary>
    public const string Teaser = "(max-width: 640px) 100vw, 640px";

    /// <summary>An author's avatar: a small square.</summary>
    public const string Avatar = "96px";
}
