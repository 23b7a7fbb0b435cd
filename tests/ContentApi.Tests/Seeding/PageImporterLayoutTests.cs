using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class PageImporterLayoutTests
{
    private readonly ImportedPage _seed = PageImporter.Parse(SeedPageText.Text);

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Parse_OtherLineEndings_ImportsTheSamePage(string lineEnding)
    {
        var page = PageImporter.Parse(SeedPageText.Text.ReplaceLineEndings(lineEnding));

        SeedPageText.AssertSameImport(_seed, page);
        Assert.Equal(6, page.Related.Count);
    }

    [Fact]
    public void Parse_ExtraBlankLinesEverywhere_ImportsTheSamePage()
    {
        var spread = "\n\n \n" + SeedPageText.Text.Replace("\n", "\n\n\n", StringComparison.Ordinal) + "\n\n\n";

        var page = PageImporter.Parse(spread);

        SeedPageText.AssertSameImport(_seed, page);
        Assert.Equal(8, page.BodyParagraphs.Count);
        Assert.Equal("Ali Albeash", page.Related[2].AuthorName);
    }

    [Fact]
    public void Parse_NbspOnlyLinesAndNbspPadding_ImportsTheSamePage()
    {
        var padded = string.Join('\n', SeedPageText.Text.Split('\n')
            .Select(line => line.Length == 0 ? "\u00A0 \t\u00A0" : "\u00A0 " + line + "\u00A0\t"));

        var page = PageImporter.Parse(padded);

        SeedPageText.AssertSameImport(_seed, page);
        Assert.Equal("Asharq Al-Awsat", page.Source?.Name);
    }

    [Fact]
    public void Parse_LinesOfOneParagraph_KeepsTheLineBreak()
    {
        var page = PageImporter.Parse("Title\nfirst line\nsecond line\n\nnext paragraph");

        Assert.Equal(["first line\nsecond line", "next paragraph"], page.BodyParagraphs);
    }

    [Fact]
    public void Parse_OnlyATitle_ImportsTitleAndNothingElse()
    {
        var page = PageImporter.Parse("\n\u00A0\n  Just a title\u00A0\n\n");

        Assert.Equal("Just a title", page.Title);
        Assert.Empty(page.BodyParagraphs);
        Assert.Null(page.Source);
        Assert.Null(page.Author);
        Assert.Null(page.Donation);
        Assert.Empty(page.Related);
        Assert.Empty(page.Unplaced);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\u00A0\r\n\t\r")]
    public void Parse_NoTitle_Throws(string document) =>
        Assert.Throws<ArgumentException>(() => PageImporter.Parse(document));
}
