namespace ContentApi.Media;

/// <summary>The BlurHash encoder (blurha.sh): a few cosine components of the image in about 30 characters, which front ends decode into a blurred placeholder.</summary>
public static class BlurHash
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    /// <param name="rgb">Pixels as R, G, B bytes, row by row.</param>
    public static string Encode(ReadOnlySpan<byte> rgb, int width, int height, int componentsX = 4, int componentsY = 3)
    {
        var factors = new (double R, double G, double B)[componentsX * componentsY];
        for (var j = 0; j < componentsY; j++)
        {
            for (var i = 0; i < componentsX; i++)
            {
                double r = 0, g = 0, b = 0;
                var normalisation = i == 0 && j == 0 ? 1.0 : 2.0;
                for (var y = 0; y < height; y++)
                {
                    for (var x = 0; x < width; x++)
                    {
                        var basis = normalisation * Math.Cos(Math.PI * i * x / width) * Math.Cos(Math.PI * j * y / height);
                        var at = 3 * (y * width + x);
                        (r, g, b) = (r + basis * ToLinear(rgb[at]), g + basis * ToLinear(rgb[at + 1]), b + basis * ToLinear(rgb[at + 2]));
                    }
                }
                var scale = 1.0 / (width * height);
                factors[j * componentsX + i] = (r * scale, g * scale, b * scale);
            }
        }
        var hash = new System.Text.StringBuilder();
        Append(hash, componentsX - 1 + (componentsY - 1) * 9, 1);
        var ac = factors.AsSpan(1);
        var maximum = 1.0;
        if (ac.Length > 0)
        {
            var actual = 0.0;
            foreach (var f in ac)
            {
                actual = Math.Max(actual, Math.Max(Math.Abs(f.R), Math.Max(Math.Abs(f.G), Math.Abs(f.B))));
            }
            var quantised = (int)Math.Max(0, Math.Min(82, Math.Floor(actual * 166 - 0.5)));
            maximum = (quantised + 1) / 166.0;
            Append(hash, quantised, 1);
        }
        else
        {
            Append(hash, 0, 1);
        }
        var dc = factors[0];
        Append(hash, (ToSrgb(dc.R) << 16) + (ToSrgb(dc.G) << 8) + ToSrgb(dc.B), 4);
        foreach (var f in ac)
        {
            Append(hash, Quantise(f.R, maximum) * 19 * 19 + Quantise(f.G, maximum) * 19 + Quantise(f.B, maximum), 2);
        }
        return hash.ToString();
    }

    private static int Quantise(double value, double maximum) =>
        (int)Math.Max(0, Math.Min(18, Math.Floor(Math.CopySign(Math.Sqrt(Math.Abs(value / maximum)), value) * 9 + 9.5)));

    private static double ToLinear(byte value)
    {
        var v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }

    private static int ToSrgb(double value)
    {
        var v = Math.Clamp(value, 0, 1);
        return v <= 0.0031308 ? (int)(v * 12.92 * 255 + 0.5) : (int)((1.055 * Math.Pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static void Append(System.Text.StringBuilder hash, int value, int length)
    {
        for (var i = 1; i <= length; i++)
        {
            hash.Append(Digits[value / (int)Math.Pow(83, length - i) % 83]);
        }
    }
}
