using NetVips;

namespace ContentApi.Benchmarks.Media;

/// <summary>A 12-megapixel JPEG made here, as costly to decode as a camera photo: smooth gradients, shapes and sensor-like noise.</summary>
public static class PhotoLikeJpeg
{
    public static byte[] Make(int width = 4000, int height = 3000)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0];
        using var y = xyz[1];
        using var waves = ((x / 97.0).Math(Enums.OperationMath.Sin) + (y / 61.0).Math(Enums.OperationMath.Cos)) * 40 + 128;
        using var noise = Image.Gaussnoise(width, height, sigma: 12, mean: 0);
        using var red = waves + noise;
        using var green = x * (200.0 / width) + noise;
        using var blue = y * (200.0 / height) + noise;
        using var rgb = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgb.JpegsaveBuffer(q: 85);
    }
}
