using ContentApi.Features.Import.Wxr;

namespace ContentApi.Tests.Features.Import;

public sealed class WxrReaderTests
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>T</title><link>https://t.example</link><wp:wxr_version>1.2</wp:wxr_version>
        """;

    [Fact]
    public void Read_ThemeUnitTestData_StreamsEveryItemByType()
    {
        using var file = File.OpenRead(ImportFiles.ThemeUnitTestData);
        var records = WxrReader.Read(file).ToList();

        var site = Assert.IsType<WxrSite>(records[0]);
        Assert.Equal("https://wpthemetestdata.wordpress.com", site.Url);
        Assert.Equal(2, records.OfType<WxrAuthor>().Count());
        var items = records.OfType<WxrItem>().GroupBy(i => i.PostType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(58, items["post"]);
        Assert.Equal(21, items["page"]);
        Assert.Equal(37, items["attachment"]);
        // 68 <wp:category> elements and one category as a <wp:term>.
        Assert.Equal(69, records.OfType<WxrTerm>().Count(t => t.Taxonomy == "category"));
        Assert.Equal(110, records.OfType<WxrTerm>().Count(t => t.Taxonomy == "post_tag"));
    }

    [Fact]
    public void Read_EntityExpansionBomb_IsRefusedBeforeExpanding()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss><channel><title>&lol3;</title></channel></rss>
            """;

        var error = Assert.Throws<WxrException>(() => Read(bomb));
        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_TruncatedFile_SaysWhereItEnds()
    {
        var truncated = Header + "<item><title>Cut</title><wp:post_id>1</wp:post_id><wp:post_type>po";

        var error = Assert.Throws<WxrException>(() => Read(truncated));
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>Not an export</body></html>", "<html>")]
    [InlineData("<rss version=\"2.0\"><channel><title>A blog feed</title><link>https://b.example</link><item><title>x</title></item></channel></rss>", "wxr_version")]
    [InlineData("{\"posts\": []}", "not well-formed")]
    public void Read_NotAnExport_IsRefused(string text, string expected)
    {
        var error = Assert.Throws<WxrException>(() => Read(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Item_KeepsMetaTermsAndContent()
    {
        var item = Assert.Single(Read(Header + """
            <item><title>Hello</title><content:encoded><![CDATA[<p>Body</p>]]></content:encoded><wp:post_id>7</wp:post_id>
            <wp:post_name>%ce%b5%cf%80</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:is_sticky>1</wp:is_sticky>
            <category domain="post_tag" nicename="a-tag">A tag</category>
            <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta></item></channel></rss>
            """).OfType<WxrItem>());

        Assert.Equal((7L, "Hello", "<p>Body</p>", true), (item.Id, item.Title, item.Content, item.Sticky));
        Assert.Equal("9", item.Meta["_thumbnail_id"]);
        Assert.Equal(new WxrItemTerm("post_tag", "a-tag", "A tag"), Assert.Single(item.Terms));
    }

    private static List<WxrRecord> Read(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return WxrReader.Read(stream).ToList();
    }
}
