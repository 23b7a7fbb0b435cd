using System.Net;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Security;

/// <summary>Every accepted search has a bounded cost; a query past a bound is a 400 that says which.</summary>
public sealed class SearchBoundsTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("\"a\"*", "prefix")]
    [InlineData("\"oil a\"*", "prefix")]
    [InlineData("\"a \"*", "prefix")]
    [InlineData("oil-a*", "prefix")]
    [InlineData("é*", "prefix")]
    [InlineData("ab* cd* ef* gh* ij*", "at most 4 are allowed")]
    [InlineData("\"ab cd\"* \"ef gh\"* \"ij kl\"* \"mn op\"* \"qr st\"*", "at most 4 are allowed")]
    public void TryParse_CostlyPrefix_IsRefusedNamingTheBound(string text, string expected)
    {
        Assert.False(SearchQueryParser.TryParse(text, out _, out var error));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ManyWordsInFewTerms_IsRefused()
    {
        var phrase = "\"" + string.Join(' ', Enumerable.Range(0, SearchQueryParser.MaxWords + 1).Select(i => $"w{i}")) + "\"";
        var hyphenated = string.Join('-', Enumerable.Range(0, SearchQueryParser.MaxWords + 1).Select(i => $"w{i}"));

        Assert.False(SearchQueryParser.TryParse(phrase, out _, out var phraseError));
        Assert.False(SearchQueryParser.TryParse(hyphenated, out _, out var hyphenError));
        Assert.Contains($"at most {SearchQueryParser.MaxWords}", phraseError, StringComparison.Ordinal);
        Assert.Contains($"at most {SearchQueryParser.MaxWords}", hyphenError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"oil fi\"*")]
    [InlineData("ab* cd* ef* gh*")]
    [InlineData("oil-field*")]
    public void TryParse_WithinEveryBound_IsAccepted(string text) =>
        Assert.True(SearchQueryParser.TryParse(text, out _, out var error), error);

    [Theory]
    [InlineData("%22a%22*", "prefix")]
    [InlineData("ab*+cd*+ef*+gh*+ij*", "prefixes")]
    public async Task Search_PastABound_Is400SayingWhich(string q, string expected)
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/search?q={q}");

        var messages = await response.AssertValidationProblemAsync("q");
        Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ArticleListQ_HasTheSameBounds()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/articles?q=%22a%22*");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
