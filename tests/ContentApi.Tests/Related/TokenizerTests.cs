using ContentApi.Related;

namespace ContentApi.Tests.Related;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Sharaa SHARAA Sharaâ Shäraa")]
    [InlineData("Syria’s Syria's syrias SYRIA")]
    [InlineData("militias militia Militia’s")]
    [InlineData("attacked attacks attacking attack")]
    [InlineData("policies policy")]
    public void Scan_FormsOfOneWord_GiveOneTerm(string words)
    {
        var terms = Terms(words);

        Assert.Equal(words.Split(' ').Length, terms.Count);
        Assert.Single(terms.Distinct());
    }

    [Fact]
    public void Scan_StopWordsNumbersAndSingleLetters_AreDropped()
    {
        Assert.Empty(Terms("The and of to in was that it's 2025 9 a I x 100,000"));
    }

    [Fact]
    public void Scan_WordsSplitOnPunctuationAndDashes()
    {
        Assert.Equal(["iran", "align", "militia", "fire", "rocket"], Terms("Iran-aligned (militia) fire—rockets!"));
    }

    [Fact]
    public void Scan_DistinctWordsStayApart()
    {
        Assert.Equal(4, Terms("news new basis base").Distinct().Count());
    }

    [Fact]
    public void Counts_TitleAndExcerptWeighMoreThanBody()
    {
        var counts = TermCounts.Of("Rocket", "rocket attack", "rocket attack militia").Counts.ToDictionary(c => c.Key, c => c.Value);

        Assert.Equal(TermCounts.TitleWeight + TermCounts.ExcerptWeight + TermCounts.BodyWeight, counts["rocket"]);
        Assert.Equal(TermCounts.ExcerptWeight + TermCounts.BodyWeight, counts["attack"]);
        Assert.Equal(TermCounts.BodyWeight, counts["militia"]);
    }

    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Tokenizer.Scan(text, term => terms.Add(term.ToString()));
        return terms;
    }
}
