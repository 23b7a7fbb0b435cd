using ContentApi.Features.Import;

namespace ContentApi.Tests.Features.Import;

public sealed class PhpSerializedTests
{
    [Fact]
    public void Parse_Integer_IsAnExactLong()
    {
        Assert.Equal(1200L, Assert.IsType<long>(PhpSerialized.Parse("i:1200;")));
        Assert.Equal(9_007_199_254_740_993L, PhpSerialized.Parse("i:9007199254740993;"));
        Assert.Equal(-5L, PhpSerialized.Parse("i:-5;"));
    }

    [Fact]
    public void Parse_Float_StaysADouble()
    {
        Assert.Equal(1.5, Assert.IsType<double>(PhpSerialized.Parse("d:1.5;")));
        Assert.Equal(427d, Assert.IsType<double>(PhpSerialized.Parse("d:427;")));
        Assert.Equal(1e25, PhpSerialized.Parse("d:1.0E+25;"));
    }

    [Fact]
    public void Parse_BooleanStringAndNull()
    {
        Assert.Equal((true, false), ((bool)PhpSerialized.Parse("b:1;")!, (bool)PhpSerialized.Parse("b:0;")!));
        Assert.Equal("Ελλάδα", PhpSerialized.Parse("s:12:\"Ελλάδα\";"));
        Assert.Null(PhpSerialized.Parse("N;"));
    }

    [Fact]
    public void Parse_AttachmentMetadata_KeepsKeysInOrderWithTheirTypes()
    {
        var metadata = Assert.IsType<List<KeyValuePair<string, object?>>>(
            PhpSerialized.Parse("""a:4:{s:5:"width";i:1200;s:6:"height";i:800;s:4:"file";s:8:"base.jpg";s:5:"sizes";a:0:{}}"""));

        Assert.Equal(["width", "height", "file", "sizes"], metadata.Select(e => e.Key));
        Assert.Equal((1200L, 800L, "base.jpg"), ((long)metadata[0].Value!, (long)metadata[1].Value!, (string)metadata[2].Value!));
        Assert.Empty(Assert.IsType<List<KeyValuePair<string, object?>>>(metadata[3].Value));
    }

    [Theory]
    [InlineData("i:12")]
    [InlineData("i:1.5;")]
    [InlineData("b:2;")]
    [InlineData("s:10:\"short\";")]
    [InlineData("""O:8:"stdClass":0:{}""")]
    [InlineData("")]
    public void Parse_MalformedOrObject_IsNull(string text) => Assert.Null(PhpSerialized.Parse(text));
}
