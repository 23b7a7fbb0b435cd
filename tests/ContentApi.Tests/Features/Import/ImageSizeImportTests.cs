using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Import;

/// <summary>A featured image's size comes from `_wp_attachment_metadata`; where the export does not say, it is null, not 0.</summary>
public sealed class ImageSizeImportTests : IDisposable
{
    private readonly WriteApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("""a:1:{s:4:"file";s:9:"x/one.jpg";}""", null, null)]
    [InlineData("""a:2:{s:5:"width";i:1200;s:6:"height";i:800;}""", 1200, 800)]
    [InlineData("""a:2:{s:5:"width";s:3:"640";s:6:"height";d:427;}""", null, 427)]
    public async Task FeaturedImage_ServesTheExportsSize_OrNullWhenUnknown(string? metadata, int? width, int? height)
    {
        using var file = ImportFiles.Write(Export(metadata));
        Assert.True((await _factory.ImportAsync(file.Path)).Succeeded);

        var image = (await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/articles/with-an-image")).GetProperty("featuredImage");
        var media = (await _factory.CreateWriteClient().GetFromJsonAsync<JsonElement>("/api/v1/media")).GetProperty("items")[0];

        Assert.Equal((width, height), (Size(image, "width"), Size(image, "height")));
        Assert.Equal((width, height), (Size(media, "width"), Size(media, "height")));
        Assert.Equal(width is null ? "" : $"https://sizes.example/one.jpg {width}w", image.GetProperty("srcset").GetString());
    }

    private static int? Size(JsonElement image, string name) =>
        image.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    private static string Export(string? metadata) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://sizes.example</wp:base_blog_url>
        <item><title>One</title><wp:post_id>10</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
        <wp:attachment_url>https://sizes.example/one.jpg</wp:attachment_url>
        {(metadata is null ? "" : $"<wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA[{metadata}]]></wp:meta_value></wp:postmeta>")}
        </item>
        <item><title>With an image</title><wp:post_id>11</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
        <wp:post_name>with-an-image</wp:post_name><wp:post_date_gmt>2024-05-01 10:00:00</wp:post_date_gmt><content:encoded>Text.</content:encoded>
        <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>10</wp:meta_value></wp:postmeta>
        </item>
        </channel></rss>
        """;
}
