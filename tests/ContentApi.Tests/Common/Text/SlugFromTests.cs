using ContentApi.Common.Text;
using ContentApi.Seeding;

namespace ContentApi.Tests.Common.Text;

public class SlugFromTests
{
    [Theory]
    [InlineData("In retaliation to airstrike US forces receive rocket attack in Syria",
        "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria")]
    [InlineData("Julani\u2019s Triumph over Ahmed al\u2011Sharaa is the Beginning of Syria\u2019s End",
        "julanis-triumph-over-ahmed-al-sharaa-is-the-beginning-of-syrias-end")]
    [InlineData("The Syrian \u201CFact-Finding\u201D report", "the-syrian-fact-finding-report")]
    [InlineData("Caf\u00E9 M\u00FCller \u2014 \u00D8rsted", "cafe-muller-orsted")]
    public void From_PageTitles_GivesExpectedSlug(string title, string expected) => Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("\u00C7a d\u00E9j\u00E0 \u00E9t\u00E9 na\u00EFve", "ca-deja-ete-naive")]
    [InlineData("Cafe\u0301 already decomposed", "cafe-already-decomposed")]
    [InlineData("Stra\u00DFe \u00C6ble \u0141\u00F3d\u017A \u0110akovo \u00DE\u00F3r", "strasse-aeble-lodz-dakovo-thor")]
    public void From_AccentedLetters_FoldsToAscii(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("Hezbollah\u2019s weapons", "hezbollahs-weapons")]
    [InlineData("Syria's End", "syrias-end")]
    [InlineData("O\u2018Brien\u02BCs \u2032quote\u2032", "obriens-quote")]
    public void From_Apostrophes_DropWithoutBreakingTheWord(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("al-Sharaa")]
    [InlineData("al\u2010Sharaa")]
    [InlineData("al\u2011Sharaa")]
    [InlineData("al\u2012Sharaa")]
    [InlineData("al\u2013Sharaa")]
    [InlineData("al\u2014Sharaa")]
    [InlineData("al\u2015Sharaa")]
    [InlineData("al\u2212Sharaa")]
    [InlineData("al\u00A0Sharaa")]
    [InlineData("  al \t\u00A0--\u2011 Sharaa-- ")]
    public void From_DashesAndSpaces_BreakWordsWithOneHyphen(string text) => Assert.Equal("al-sharaa", Slug.From(text));

    [Fact]
    public void From_OtherPunctuation_BreaksWords() =>
        Assert.Equal("what-now-yes-really-no-1-5", Slug.From("What? Now: yes, (really) / no.1.5!"));

    [Theory]
    [InlineData("")]
    [InlineData(" \u00A0 ")]
    [InlineData("?!\u2026 \u2014 \u2019 () \u201C\u201D")]
    public void From_NoLettersOrDigits_ReturnsEmpty(string text) => Assert.Equal("", Slug.From(text));

    [Fact]
    public void From_ScriptWithoutAsciiFolding_ReturnsEmpty() =>
        Assert.Equal("", Slug.From("\u0633\u0648\u0631\u064A\u0627"));

    [Fact]
    public void From_LongText_CutsAtWordBoundaryWithinCap()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Abcdefghi", 20)));

        Assert.Equal(string.Join('-', Enumerable.Repeat("abcdefghi", 12)), slug);
        Assert.Equal(119, slug.Length);
    }

    [Fact]
    public void From_TextOfExactlyTheCap_IsKeptWhole()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcdefghi", 11)) + " " + new string('z', 10);

        Assert.Equal(120, Slug.From(text).Length);
    }

    [Fact]
    public void From_SingleWordLongerThanCap_IsCutInside() =>
        Assert.Equal(new string('a', 120), Slug.From(new string('A', 130) + " tail"));
}
