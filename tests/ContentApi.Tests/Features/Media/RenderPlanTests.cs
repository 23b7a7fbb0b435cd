using ContentApi.Media;

namespace ContentApi.Tests.Features.Media;

public sealed class RenderPlanTests
{
    private static VariantRequest Cover(int width, int height) => new(width, height, ImageFit.Cover, ImageFormat.Webp, 80);

    [Fact]
    public void Cover_FocalPointNearAnEdge_CropStopsAtTheEdge()
    {
        var plan = RenderPlan.For(4000, 2000, Cover(640, 640), focalX: 0.02, focalY: 0.5);

        Assert.Equal((1280, 640, 0, 0, 640, 640), (plan.ResizeWidth, plan.ResizeHeight, plan.CropLeft, plan.CropTop, plan.Width, plan.Height));
    }

    [Fact]
    public void Cover_FocalPointInside_IsCentredInTheBox()
    {
        var plan = RenderPlan.For(4000, 2000, Cover(640, 640), focalX: 0.5, focalY: 0.5);

        Assert.Equal(320, plan.CropLeft);
        Assert.Equal(0, plan.CropTop);
    }

    [Fact]
    public void Cover_BoxLargerThanTheSource_KeepsItsShapeWithoutUpscaling()
    {
        var plan = RenderPlan.For(400, 300, Cover(1600, 900), focalX: 0.5, focalY: 0.5);

        Assert.Equal((400, 300), (plan.ResizeWidth, plan.ResizeHeight));
        Assert.Equal((400, 225), (plan.Width, plan.Height));
        Assert.Equal(38, plan.CropTop);
    }

    [Theory]
    [InlineData(640, null, 640, 320)]
    [InlineData(null, 100, 200, 100)]
    [InlineData(640, 100, 200, 100)]
    [InlineData(2560, null, 1000, 500)]
    public void Contain_FitsInsideTheBounds_NeverUpscaling(int? width, int? height, int expectedWidth, int expectedHeight)
    {
        var plan = RenderPlan.For(1000, 500, new VariantRequest(width, height, ImageFit.Contain, ImageFormat.Jpeg, 80), 0.5, 0.5);

        Assert.Equal((expectedWidth, expectedHeight, false), (plan.Width, plan.Height, plan.Crops));
    }
}
