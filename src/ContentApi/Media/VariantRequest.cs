namespace ContentApi.Media;

public enum ImageFit
{
    Cover,
    Contain,
}

/// <summary>A variant as asked for, after validation: width and height are optional bounds, never an upscale.</summary>
public sealed record VariantRequest(int? Width, int? Height, ImageFit Fit, ImageFormat Format, int Quality);

/// <summary>
/// What to make from a source of a given upright size: the size to resize to, then (for cover) the
/// box to cut, placed so the focal point stays in frame, as close to the box's centre as it can be.
/// </summary>
public sealed record RenderPlan(int ResizeWidth, int ResizeHeight, int CropLeft, int CropTop, int Width, int Height)
{
    public static RenderPlan For(int sourceWidth, int sourceHeight, VariantRequest request, double focalX, double focalY)
    {
        if (request is { Width: { } boxWidth, Height: { } boxHeight, Fit: ImageFit.Cover })
        {
            var scale = Math.Max((double)boxWidth / sourceWidth, (double)boxHeight / sourceHeight);
            if (scale > 1)
            {
                // Never upscale: the same shape, as large as the source allows.
                (boxWidth, boxHeight, scale) = (Math.Max(1, (int)(boxWidth / scale)), Math.Max(1, (int)(boxHeight / scale)), 1);
            }
            var resizeWidth = Math.Max(boxWidth, (int)Math.Round(sourceWidth * scale));
            var resizeHeight = Math.Max(boxHeight, (int)Math.Round(sourceHeight * scale));
            var left = Math.Clamp((int)Math.Round(focalX * resizeWidth - boxWidth / 2.0), 0, resizeWidth - boxWidth);
            var top = Math.Clamp((int)Math.Round(focalY * resizeHeight - boxHeight / 2.0), 0, resizeHeight - boxHeight);
            return new RenderPlan(resizeWidth, resizeHeight, left, top, boxWidth, boxHeight);
        }
        var fit = Math.Min(1, Math.Min((double)(request.Width ?? sourceWidth) / sourceWidth, (double)(request.Height ?? sourceHeight) / sourceHeight));
        var width = Math.Max(1, (int)Math.Round(sourceWidth * fit));
        var height = Math.Max(1, (int)Math.Round(sourceHeight * fit));
        return new RenderPlan(width, height, 0, 0, width, height);
    }

    public bool Crops => Width != ResizeWidth || Height != ResizeHeight;
}
