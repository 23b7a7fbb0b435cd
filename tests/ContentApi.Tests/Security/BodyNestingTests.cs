using System.Net;
using System.Net.Http.Json;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Security;

/// <summary>A body nested past the bound is refused before any parser sees it; ordinary nesting is written.</summary>
public sealed class BodyNestingTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    public static TheoryData<string, string> TooDeep => new()
    {
        { "bodyHtml", string.Concat(Enumerable.Repeat("<div>", 60_000)) + "x" },
        { "bodyHtml", string.Concat(Enumerable.Repeat("<b><i>", 60)) + "x" },
        { "bodyHtml", string.Concat(Enumerable.Repeat("<blockquote>", 101)) + "x" + string.Concat(Enumerable.Repeat("</blockquote>", 101)) },
        { "bodyMarkdown", new string('>', 100_000) + " x" },
        { "bodyMarkdown", string.Join('\n', Enumerable.Range(0, 150).Select(i => new string(' ', i * 4) + "- item")) },
        { "bodyMarkdown", string.Concat(Enumerable.Repeat("<span>", 500)) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task DeeplyNestedBody_Is400SayingTheBound(string field, string body)
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new Dictionary<string, string> { ["title"] = "Deep", [field] = body });

        var messages = await response.AssertValidationProblemAsync(field);
        Assert.Contains(messages, m => m.Contains($"at most {BodyNesting.MaxDepth}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bodyHtml", "<ul><li>a<li>b<li>c</ul><p>one<p>two<br><img src=\"https://example.com/x.png\" alt=\"\"><hr>")]
    [InlineData("bodyMarkdown", "> quoted\n> > twice\n\n- a\n  - b\n    - c\n\n---\n\n1. one\n2. two")]
    public async Task OrdinaryNesting_IsWritten(string field, string body)
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles",
            new Dictionary<string, string> { ["title"] = $"Ordinary {field}", [field] = body });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public void OfHtml_CountsOnlyElementsThatStayOpen()
    {
        Assert.Equal(3, BodyNesting.OfHtml("<div><section><p>a<p>b<em>c</em></section></div><br/><img>"));
        Assert.Equal(2, BodyNesting.OfMarkdown("> > quote\n\n" + new string('-', 300)));
    }
}
