using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class PageImporterMissingPartsTests
{
    private const string SourceLine = "Source: Asharq Al-Awsat";
    private const string CallToAction = "The Liberum runs on your donation. Fight with us for a free society.";
    private static readonly string[] AuthorBox = ["The Liberum", "Vox Populi, Vox Dei", "See full bio >"];

    private readonly ImportedPage _seed = PageImporter.Parse(SeedPageText.Text);

    [Fact]
    public void Parse_NoSourceLine_EndsBodyAtAuthorBox()
    {
        var page = PageImporter.Parse(SeedPageText.Without(SourceLine));

        Assert.Null(page.Source);
        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
        Assert.Equal(_seed.Author, page.Author);
        Assert.Equal(_seed.Donation, page.Donation);
        Assert.Equal(_seed.Related, page.Related);
        Assert.Empty(page.Unplaced);
    }

    [Fact]
    public void Parse_SourceWithoutValue_ReportsTheLineAndStillEndsBody()
    {
        var page = PageImporter.Parse(SeedPageText.Replacing(SourceLine, "SOURCE:\u00A0 "));

        Assert.Null(page.Source);
        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
        Assert.Equal(["SOURCE:"], page.Unplaced);
    }

    [Fact]
    public void Parse_NoAuthorBox_KeepsDonationAndTeasers()
    {
        var page = PageImporter.Parse(SeedPageText.Without(AuthorBox));

        Assert.Null(page.Author);
        Assert.Equal(_seed.Source, page.Source);
        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
        Assert.Equal(_seed.Donation, page.Donation);
        Assert.Equal(6, page.Related.Count);
        Assert.Empty(page.Unplaced);
    }

    [Fact]
    public void Parse_NoFullBioLink_DoesNotGuessAnAuthorAndReportsItsLines()
    {
        var page = PageImporter.Parse(SeedPageText.Without("See full bio >"));

        Assert.Null(page.Author);
        Assert.Equal(["The Liberum", "Vox Populi, Vox Dei"], page.Unplaced);
        Assert.Equal(_seed.Donation, page.Donation);
        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
    }

    [Fact]
    public void Parse_NoSourceNorAuthorBox_EndsBodyAtDonationText()
    {
        var page = PageImporter.Parse(SeedPageText.Without([SourceLine, .. AuthorBox]));

        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
        Assert.Equal(_seed.Donation, page.Donation);
        Assert.Empty(page.Unplaced);
    }

    [Fact]
    public void Parse_NoDonationCall_KeepsEverythingElse()
    {
        var page = PageImporter.Parse(SeedPageText.Without(CallToAction, "Donation Form (#6)"));

        Assert.Null(page.Donation);
        Assert.Equal(_seed.Author, page.Author);
        Assert.Equal(_seed.Related, page.Related);
        Assert.Empty(page.Unplaced);
    }

    [Fact]
    public void Parse_NoDonationForm_ReportsTheCallToAction()
    {
        var page = PageImporter.Parse(SeedPageText.Without("Donation Form (#6)"));

        Assert.Null(page.Donation);
        Assert.Equal([CallToAction], page.Unplaced);
    }

    [Fact]
    public void Parse_NoRelatedList_KeepsArticleAndChrome()
    {
        var text = SeedPageText.Text;
        var page = PageImporter.Parse(text[..text.IndexOf("More articles", StringComparison.Ordinal)]);

        Assert.Empty(page.Related);
        Assert.Equal(_seed.BodyParagraphs, page.BodyParagraphs);
        Assert.Equal(_seed.Author, page.Author);
        Assert.Equal(_seed.Donation, page.Donation);
        Assert.Empty(page.Unplaced);
    }
}
