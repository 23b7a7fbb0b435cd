using ContentApi.Media;

namespace ContentApi.Tests.Features.Media;

public sealed class PlaceholderTests
{
    private static byte[] Solid(byte r, byte g, byte b, int pixels) =>
        Enumerable.Range(0, pixels).SelectMany(_ => new[] { r, g, b }).ToArray();

    [Fact]
    public void BlurHash_FourByThree_CarriesTheAverageColourAsItsDc()
    {
        var hash = BlurHash.Encode(Solid(255, 0, 0, 16), 4, 4);

        // 'L' is the size flag for 4 x 3 components (3 + 2 x 9 = 21); then the AC maximum; then the DC,
        // 0xFF0000 in four base-83 digits; then 11 AC components of two digits each.
        Assert.Equal(28, hash.Length);
        Assert.Equal('L', hash[0]);
        Assert.Equal("TI:j", hash[2..6]);
    }

    [Fact]
    public void DominantColor_IsTheLargestGroupsAverage()
    {
        var pixels = Solid(200, 10, 10, 7).Concat(Solid(0, 0, 250, 3)).ToArray();

        Assert.Equal("#c80a0a", DominantColor.Of(pixels));
    }
}
