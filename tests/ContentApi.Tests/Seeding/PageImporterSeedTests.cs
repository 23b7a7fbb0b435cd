using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class PageImporterSeedTests
{
    private readonly ImportedPage _page = PageImporter.Parse(SeedPageText.Text);

    [Fact]
    public void Parse_Seed_ReadsTitleExactly() =>
        Assert.Equal("In retaliation to airstrike US forces receive rocket attack in Syria", _page.Title);

    [Fact]
    public void Parse_Seed_ReadsEightBodyParagraphsFirstAndLastExact()
    {
        Assert.Equal(8, _page.BodyParagraphs.Count);
        Assert.Equal(
            "American troops came under rocket fire in eastern Syria on Monday, but escaped injury, in apparent "
            + "retaliation for US airstrikes against Iran-aligned militia in Syria and Iraq.",
            _page.BodyParagraphs[0]);
        Assert.Equal(
            "Sunday's strikes mark the second time the Biden administration launched airstrikes along the Iraq-Syria "
            + "border region. In February, the US launched airstrikes against facilities in Syria, near the Iraqi "
            + "border, that it said were used by Iranian-backed militia groups.",
            _page.BodyParagraphs[^1]);
    }

    [Theory]
    [InlineData("See full bio")]
    [InlineData("Donation Form")]
    [InlineData("Source:")]
    [InlineData("More articles")]
    [InlineData("The Liberum")]
    public void Parse_Seed_KeepsChromeOutOfBody(string chrome) =>
        Assert.DoesNotContain(_page.BodyParagraphs, paragraph => paragraph.Contains(chrome, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Parse_Seed_ReadsSource() => Assert.Equal(new ImportedSource("Asharq Al-Awsat"), _page.Source);

    [Fact]
    public void Parse_Seed_ReadsAuthorBox() =>
        Assert.Equal(new ImportedAuthorBox("The Liberum", "Vox Populi, Vox Dei", HasFullBioLink: true), _page.Author);

    [Fact]
    public void Parse_Seed_ReadsDonationCall() =>
        Assert.Equal(
            new ImportedDonationCall(
                "The Liberum runs on your donation. Fight with us for a free society.", 6, "Donation Form", "The Liberum"),
            _page.Donation);

    [Fact]
    public void Parse_Seed_PlacesEveryLine() => Assert.Empty(_page.Unplaced);
}
