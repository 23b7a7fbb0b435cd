using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class DonationCallTests
{
    private const string CallToAction = "The Liberum runs on your donation. Fight with us for a free society.";

    [Fact]
    public void Parse_CallToActionOverTwoLines_JoinsThemAndLeavesTheBio()
    {
        var page = PageImporter.Parse(SeedPageText.Replacing(
            CallToAction, "The Liberum runs on your donation.\nFight with us for a free society."));

        Assert.Equal(CallToAction, page.Donation?.Text);
        Assert.Equal("The Liberum", page.Donation?.SiteName);
        Assert.Equal("Vox Populi, Vox Dei", page.Author?.Bio);
        Assert.Empty(page.Unplaced);
    }

    [Fact]
    public void Parse_CallToActionOfAnotherShape_HasNoSiteName()
    {
        var page = PageImporter.Parse(SeedPageText.Replacing(CallToAction, "Please support independent journalism."));

        Assert.Equal(
            new ImportedDonationCall("Please support independent journalism.", 6, "Donation Form", null), page.Donation);
    }

    [Fact]
    public void Parse_DonationFormBelowBodyWithoutText_KeepsFormAndBody()
    {
        var withoutChrome = SeedPageText.Without(
            CallToAction, "See full bio >", "The Liberum", "Vox Populi, Vox Dei", "Source: Asharq Al-Awsat");

        var page = PageImporter.Parse(
            withoutChrome.Replace("Donation Form (#6)", "Monthly donation form (#12)", StringComparison.Ordinal));

        Assert.Equal(12, page.Donation?.FormId);
        Assert.Equal("Monthly donation form", page.Donation?.FormTitle);
        Assert.Null(page.Donation?.Text);
        Assert.Equal(8, page.BodyParagraphs.Count);
    }
}
