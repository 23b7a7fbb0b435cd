using ContentApi.Search;

namespace ContentApi.Tests.Search;

public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("syria", "syria")]
    [InlineData("  rocket   attack ", "rocket attack")]
    [InlineData("marot*", "marot*")]
    [InlineData("\"oil  field\"", "\"oil field\"")]
    [InlineData("\"oil fie\"* syria", "\"oil fie\"* syria")]
    [InlineData("oil AND gas OR NOT", "oil gas")]
    [InlineData("and or", "and or")]
    [InlineData("title:x ^y (z)", "title:x ^y (z)")]
    public void TryParse_ValidQuery_ReadsTermsPhrasesAndPrefixes(string text, string canonical)
    {
        Assert.True(SearchQueryParser.TryParse(text, out var query, out var error), error);

        Assert.Equal(canonical, query.Canonical);
    }

    [Fact]
    public void TryParse_Phrase_IsOneTermMarkedAsPhrase()
    {
        Assert.True(SearchQueryParser.TryParse("\"oil field\" marot*", out var query, out _));

        Assert.Equal([new SearchTerm("oil field", true, false), new SearchTerm("marot", false, true)], query!.Terms);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("\"unclosed", "unclosed quote")]
    [InlineData("oil \"field", "unclosed quote")]
    [InlineData("*", "* with no word")]
    [InlineData("AND OR", "only operator words")]
    [InlineData("- + &&", "nothing to search for")]
    [InlineData("m*", "at least 2")]
    public void TryParse_BadQuery_SaysWhatIsWrongWithExamples(string text, string expected)
    {
        Assert.False(SearchQueryParser.TryParse(text, out _, out var error));

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("q=marot*", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TooLongOrTooManyTerms_IsRejected()
    {
        Assert.False(SearchQueryParser.TryParse(new string('a', SearchQueryParser.MaxLength + 1), out _, out var tooLong));
        Assert.False(SearchQueryParser.TryParse(string.Join(' ', Enumerable.Range(0, SearchQueryParser.MaxTerms + 1).Select(i => $"w{i}")), out _, out var tooMany));

        Assert.Contains("at most 200", tooLong, StringComparison.Ordinal);
        Assert.Contains("at most 16", tooMany, StringComparison.Ordinal);
    }
}
