using ContentApi.Features.Import;

namespace ContentApi.Tests.Features.Import;

public sealed class WordPressHtmlTests
{
    [Fact]
    public void Convert_BlockComments_AreRemoved()
    {
        var body = WordPressHtml.Convert("<!-- wp:paragraph {\"fontSize\":\"small\"} -->\n<p>Small</p>\n<!-- /wp:paragraph -->");

        Assert.Equal("<p>Small</p>", body.Html);
    }

    [Fact]
    public void Convert_Caption_BecomesAFigureWithItsCaption()
    {
        var body = WordPressHtml.Convert("[caption id=\"attachment_7\" width=\"640\"]<a href=\"/big.jpg\"><img src=\"/base.jpg\" alt=\"Base\" /></a> The base at dawn[/caption]");

        Assert.Equal("<figure><a href=\"/big.jpg\"><img src=\"/base.jpg\" alt=\"Base\" /></a><figcaption>The base at dawn</figcaption></figure>", body.Html);
    }

    [Fact]
    public void Convert_GiveWpShortcodeAndBlock_AreTakenOutAsFormIds()
    {
        var body = WordPressHtml.Convert("<p>Give.</p>\n\n[give_form id=\"101\" show_title=\"true\"]\n\n<!-- wp:give/donation-form {\"id\":102} /-->");

        Assert.Equal([102, 101], body.FormIds);
        Assert.Equal("<p>Give.</p>", body.Html);
    }

    [Fact]
    public void Convert_CoreShortcodes_AreDroppedAndUnknownOnesKeptAndReported()
    {
        var body = WordPressHtml.Convert("[gallery ids=\"1,2\"]\n\nBefore [simple]kept[/simple] after");

        Assert.Equal("<p>Before [simple]kept[/simple] after</p>", body.Html);
        Assert.Equal(["simple"], body.UnknownShortcodes);
    }

    [Fact]
    public void Convert_ClassicParagraphs_AreWrapped()
    {
        var body = WordPressHtml.Convert("One line\nsame paragraph.\n\n<h2>Heading</h2>\n\nTwo.");

        Assert.Equal("<p>One line<br>\nsame paragraph.</p>\n<h2>Heading</h2>\n<p>Two.</p>", body.Html);
    }
}
