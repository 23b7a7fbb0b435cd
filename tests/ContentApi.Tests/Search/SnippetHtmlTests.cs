using ContentApi.Search;

namespace ContentApi.Tests.Search;

public sealed class SnippetHtmlTests
{
    [Fact]
    public void FromMarked_EscapesTextAndKeepsOnlyMarkTags()
    {
        var html = SnippetHtml.FromMarked($"<script>alert('x')</script> the {SnippetHtml.Open}oil{SnippetHtml.Close} & gas");

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; the <mark>oil</mark> &amp; gas", html);
    }

    [Fact]
    public void FromMarked_UnbalancedMarkers_StillGivesBalancedTags()
    {
        var html = SnippetHtml.FromMarked($"{SnippetHtml.Close}a {SnippetHtml.Open}b {SnippetHtml.Open}c");

        Assert.Equal("a <mark>b c</mark>", html);
    }

    [Fact]
    public void Clean_RemovesMarkerCharactersFromArticleText()
    {
        Assert.Equal("fake oil ", SnippetHtml.Clean($"fake{SnippetHtml.Open}oil{SnippetHtml.Close}"));
    }
}
