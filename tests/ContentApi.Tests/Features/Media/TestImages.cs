using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace ContentApi.Tests.Features.Media;

/// <summary>Images the tests make themselves: a gradient with a bright square at a known place, and broken files.</summary>
public static class TestImages
{
    /// <summary>A width x height RGB gradient; a white square of <paramref name="mark"/> pixels at (markX, markY) when given.</summary>
    public static Image Gradient(int width, int height, (int X, int Y, int Size)? mark = null)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0] * (255.0 / width);
        using var y = xyz[1] * (255.0 / height);
        using var rgb = x.Bandjoin(y, (x + y) / 2);
        var image = rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        if (mark is { } m)
        {
            using var square = Image.Black(m.Size, m.Size, bands: 3) + 255;
            image = image.Insert(square.Cast(Enums.BandFormat.Uchar), m.X, m.Y);
        }
        return image;
    }

    public static byte[] Jpeg(int width, int height, (int X, int Y, int Size)? mark = null)
    {
        using var image = Gradient(width, height, mark);
        return image.JpegsaveBuffer(q: 90);
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer();
    }

    /// <summary>A JPEG stored sideways with EXIF orientation 6 (rotate 90° clockwise to view) and a camera make in its EXIF.</summary>
    public static byte[] SidewaysJpeg(int storedWidth, int storedHeight)
    {
        using var image = Gradient(storedWidth, storedHeight);
        using var tagged = image.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "SecretCam");
        });
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A valid JPEG with an HTML page after its end: a browser sniffing it may run the script.</summary>
    public static byte[] JpegHtmlPolyglot() =>
        [.. Jpeg(64, 64), .. Encoding.ASCII.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>")];

    /// <summary>A real PNG whose header is rewritten to claim width x height (with a correct CRC), its pixel data unchanged.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(8, 8);
        // Signature (8 bytes), then IHDR: length (4), "IHDR" (4), width (4), height (4), 5 more bytes, CRC (4).
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
