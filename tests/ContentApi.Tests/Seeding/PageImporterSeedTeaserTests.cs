using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

public class PageImporterSeedTeaserTests
{
    private readonly IReadOnlyList<ImportedTeaser> _related = PageImporter.Parse(SeedPageText.Text).Related;

    [Fact]
    public void Parse_Seed_ReadsSixTeasersInPageOrder() =>
        Assert.Equal(
            [
                "When Reform meets Resistance: The Fate of Hezbollah’s weapons",
                "The Iranian kidnap threat against Belgian politician Darya Safai should be a top priority for the Belgian government",
                "Syria’s Islamist-led Government is failing to live up to its pledge to protect its people",
                "The Syrian “Fact-Finding” report into the March Alawite Massacres not only betrays the victims but is a Whitewashed Tragedy",
                "Internal and Regional implications of the PKK’s demise",
                "Julani’s Triumph over Ahmed al\u2011Sharaa is the Beginning of Syria’s End",
            ],
            _related.Select(teaser => teaser.Title));

    [Fact]
    public void Parse_Seed_TurnsExcerptCutIntoEllipsis()
    {
        Assert.Equal(
            "Lebanon’s cabinet is set to meet again on Thursday to address the contentious issue of…", _related[0].Excerpt);
        Assert.All(_related, teaser => Assert.EndsWith("…", teaser.Excerpt));
        Assert.DoesNotContain(_related, teaser => teaser.Excerpt!.Contains('['));
    }

    [Fact]
    public void Parse_Seed_KeepsInnerCharactersOfExcerpts()
    {
        Assert.Contains("al-Shara\u00E0’s so-called", _related[3].Excerpt, StringComparison.Ordinal);
        Assert.StartsWith("The carefully constructed fa\u00E7ade", _related[5].Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "Ali Albeash", 2025, 7, 24)]
    [InlineData(3, "Ahsan Ali", 2025, 7, 22)]
    [InlineData(4, "Ali Albeash", 2025, 7, 18)]
    public void Parse_Seed_ReadsBylines(int index, string author, int year, int month, int day)
    {
        Assert.Equal(author, _related[index].AuthorName);
        Assert.Equal(new DateOnly(year, month, day), _related[index].PublishedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Parse_Seed_LeavesTeasersWithoutBylineUnattributed(int index)
    {
        Assert.Null(_related[index].AuthorName);
        Assert.Null(_related[index].PublishedOn);
    }
}
