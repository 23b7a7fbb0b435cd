using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class RelatedListTests
{
    private static ImportedPage ParseRelated(string related) =>
        PageImporter.Parse("Title\n\nBody.\n\nMORE ARTICLES YOU MIGHT LIKE\n\n" + related);

    [Fact]
    public void Parse_BylineWithBadDate_KeepsTeaserAndReportsLine()
    {
        var page = PageImporter.Parse(SeedPageText.Replacing("- by Ali Albeash on 24/07/2025", "- by Ali Albeash on 31/02/2025"));

        Assert.Equal(6, page.Related.Count);
        var teaser = page.Related[2];
        Assert.Equal("Syria’s Islamist-led Government is failing to live up to its pledge to protect its people", teaser.Title);
        Assert.EndsWith("protect all Syrians…", teaser.Excerpt, StringComparison.Ordinal);
        Assert.Null(teaser.AuthorName);
        Assert.Null(teaser.PublishedOn);
        Assert.Equal(["- by Ali Albeash on 31/02/2025"], page.Unplaced);
        Assert.Equal("Ahsan Ali", page.Related[3].AuthorName);
    }

    [Fact]
    public void Parse_TitleWithoutExcerptBeforeCutExcerpt_IsATeaserOfItsOwn()
    {
        var page = ParseRelated("Lone title\n\nSecond title\n\nSecond excerpt [...]");

        Assert.Equal(
            [new ImportedTeaser("Lone title", null, null, null), new ImportedTeaser("Second title", "Second excerpt…", null, null)],
            page.Related);
    }

    [Fact]
    public void Parse_UncutParagraphAfterTitle_IsTakenAsItsExcerpt()
    {
        var page = ParseRelated("First title\n\nNot cut here.\n\n— by Jane Doe on 1/2/2025\n\nNext title");

        Assert.Equal(
            [
                new ImportedTeaser("First title", "Not cut here.", "Jane Doe", new DateOnly(2025, 2, 1)),
                new ImportedTeaser("Next title", null, null, null),
            ],
            page.Related);
    }

    [Fact]
    public void Parse_BylineRightUnderTitle_BelongsToThatTeaser()
    {
        var page = ParseRelated("A title\nby Jane Doe on 05/11/2024\n\nB title\n\nB excerpt […]");

        Assert.Equal(new ImportedTeaser("A title", null, "Jane Doe", new DateOnly(2024, 11, 5)), page.Related[0]);
        Assert.Equal(new ImportedTeaser("B title", "B excerpt…", null, null), page.Related[1]);
    }

    [Fact]
    public void Parse_BylineOrExcerptWithoutTitle_IsReported()
    {
        var page = ParseRelated("- by Nobody on 01/01/2025\n\nA title\n\nA excerpt […]\n- by X on 01/01/2025\n\nOrphan excerpt […]");

        Assert.Equal([new ImportedTeaser("A title", "A excerpt…", "X", new DateOnly(2025, 1, 1))], page.Related);
        Assert.Equal(["- by Nobody on 01/01/2025", "Orphan excerpt […]"], page.Unplaced);
    }
}
