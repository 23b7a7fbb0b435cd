namespace ContentApi.Tests.Features.Media;

public sealed class VariantCacheBoundTests(VariantCacheBoundTests.TinyCacheFactory factory) : IClassFixture<VariantCacheBoundTests.TinyCacheFactory>
{
    public sealed class TinyCacheFactory : MediaApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> MediaSettings => [("Media:CacheBytes", "60000")];
    }

    [Fact]
    public async Task Variants_PastCacheBytes_OldestAreDeleted()
    {
        var item = await factory.UploadAsync(TestImages.Jpeg(2000, 1500), "big.jpg");
        var reader = factory.CreateClient();

        foreach (var width in new[] { 160, 320, 480, 640, 800, 960, 1280 })
        {
            var response = await reader.GetAsync($"/media/{item.Int("id")}/big.png?w={width}&fmt=png");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var files = new DirectoryInfo(Path.Combine(factory.MediaPath, "variants")).GetFiles("*", SearchOption.AllDirectories);
        Assert.True(files.Sum(f => f.Length) <= 60000 + files.Max(f => f.Length), $"{files.Length} files, {files.Sum(f => f.Length)} bytes");
        Assert.True(files.Length < 7, "some variants were deleted");
    }
}
